// Preload links in the shell's index.html for the shared libraries it provides (Vue, the router, @duda/ui with
// Element Plus and its CSS, …). The federation runtime loads each of them through its import map only after the
// container has initialised — three or four round trips after the page — although the shell cannot mount
// without them. Listed in the page, they download at once, beside the entry. Used only in vite.config.ts (Node).
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The output of a build as `transformIndexHtml` sees it: only the fields read here. */
export interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  moduleIds: string[];
  imports: string[];
  dynamicImports: string[];
  viteMetadata?: { importedCss: Set<string> };
}
export type BuiltBundle = Record<string, BuiltChunk | { type: 'asset'; fileName: string }>;

/** The module of @module-federation/vite that imports every library a container shares, on demand. */
export const SHARED_IMPORT_MAP = 'localSharedImportMap';
/** Its virtual module the host's bootstrap imports as it starts, to wait for the shared libraries. */
const PENDING_SHARES = 'pendingShares';
const isFederationModule = (id: string, name: string) => id.startsWith('\0virtual:mf') && id.includes(name);

/**
 * The files of the libraries the host shares, with their static imports and CSS, in load order, and the
 * bootstrap's wait for them (a round trip after the page otherwise), leaving out what the page already loads
 * (`inPage`).
 */
export function sharedLibraryFiles(
  bundle: BuiltBundle,
  inPage: Set<string>,
): { js: string[]; css: string[] } {
  const chunks = Object.values(bundle).filter((output): output is BuiltChunk => output.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const js = new Set<string>();
  const css = new Set<string>();
  const visit = (fileName: string) => {
    const chunk = byFile.get(fileName);
    if (!chunk || js.has(fileName)) return;
    js.add(fileName);
    chunk.imports.forEach(visit);
    chunk.viteMetadata?.importedCss.forEach((file) => css.add(file));
  };
  for (const chunk of chunks)
    if (chunk.moduleIds.some((id) => id.includes(SHARED_IMPORT_MAP))) chunk.dynamicImports.forEach(visit);
  for (const chunk of chunks)
    if (chunk.moduleIds.some((id) => isFederationModule(id, PENDING_SHARES))) visit(chunk.fileName);
  return {
    js: [...js].filter((file) => !inPage.has(file)),
    css: [...css].filter((file) => !inPage.has(file)),
  };
}

/** Files the built page already names (scripts, module preloads, stylesheets), relative to the base. */
const namedInPage = (html: string, base: string) =>
  new Set(
    [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((match) =>
      match[1]!.replace(base, '').replace(/^\//, ''),
    ),
  );

/** The host's build step: modulepreload and style preload links for the shared libraries. */
export function preloadSharedLibraries(): Plugin {
  let base = '/';
  return {
    name: 'duda:preload-shared-libraries',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }): HtmlTagDescriptor[] {
        if (!bundle) return [];
        const { js, css } = sharedLibraryFiles(bundle as unknown as BuiltBundle, namedInPage(html, base));
        // crossorigin as the runtime's import() and Vite's stylesheet links ask, so the preloads are reused;
        // data-shared-library tells them apart from the entry's own graph (bench:web counts them separately).
        return [
          ...js.map((file) => ({ rel: 'modulepreload', href: base + file })),
          ...css.map((file) => ({ rel: 'preload', as: 'style', href: base + file })),
        ].map((attrs) => ({
          tag: 'link',
          attrs: { ...attrs, crossorigin: true, 'data-shared-library': true },
          injectTo: 'head',
        }));
      },
    },
  };
}
