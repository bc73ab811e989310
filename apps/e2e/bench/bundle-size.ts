// What a browser downloads before it can show anything: the files index.html (or a remote's entry) loads,
// plus every file those import statically. Dynamic imports (pages, ECharts) are left out on purpose.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:^|[;\n}])\s*(?:import|export)\s*(?:[\w$*{}\s,]*?from\s*)?["']([^"']+\.js)["']/g;

export function gzipKb(file: string): number {
  return gzipSync(readFileSync(file)).length / 1024;
}

/** The file and everything it imports statically, as absolute paths within `distDir`. */
export function staticClosure(distDir: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(STATIC_IMPORT)) {
      const specifier = match[1]!;
      if (/^https?:/.test(specifier)) continue;
      const target = specifier.startsWith('/')
        ? path.join(distDir, specifier.replace(/^\/(remotes\/[^/]+\/)?/, ''))
        : path.resolve(path.dirname(file), specifier);
      visit(target);
    }
  };
  entries.forEach(visit);
  return [...seen];
}

/** The scripts and module preloads index.html starts with. */
export function htmlEntries(distDir: string): string[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const urls = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g),
  ].map((m) => m[1]!);
  return urls.map((url) => path.join(distDir, url.replace(/^\//, '')));
}

export function fileContains(file: string, marker: string): boolean {
  return readFileSync(file, 'utf8').includes(marker);
}
