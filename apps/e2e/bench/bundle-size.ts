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

/**
 * The scripts and module preloads index.html starts with: the entry's own (`sharedLibraries: false`) or the
 * shared libraries the shell's build preloads beside them (`data-shared-library`, @duda/federation).
 */
export function htmlEntries(distDir: string, { sharedLibraries = false } = {}): string[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const tags = [...html.matchAll(/<(?:script|link)\s[^>]*>/g)].map((m) => m[0]);
  const urls = tags
    .filter((tag) => /\ssrc=|rel="modulepreload"/.test(tag))
    .filter((tag) => tag.includes('data-shared-library') === sharedLibraries)
    .map((tag) => /\s(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1])
    .filter((url): url is string => url !== undefined);
  return urls.map((url) => path.join(distDir, url.replace(/^\//, '')));
}

export function fileContains(file: string, marker: string): boolean {
  return readFileSync(file, 'utf8').includes(marker);
}
