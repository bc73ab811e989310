// The build step behind pages.json: finds the remote's routes (`{ path: 'halls', component: () => import('./HallsPage.vue') }`,
// children joined to their parent's path) in its own source as it is bundled, and writes, per route, the page's chunk
// with the chunks it imports statically and their CSS. Used only in vite.config.ts files (Node).
import path from 'node:path';
import type { Plugin } from 'vite';
import { PAGE_ASSETS_FILE } from './page-assets.ts';
import type { PageAssets, PageAssetsFile } from './page-assets.ts';
import { SHARED_IMPORT_MAP } from './shared-preload.ts';

/** An ESTree node as the bundler's parser returns it; only the fields read here are typed. */
interface Node {
  type: string;
  [field: string]: unknown;
}

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** A route record found in the source: its full path below the mount point and the page module it imports. */
export interface FoundRoute {
  path: string;
  specifier: string;
}

const propertyOf = (object: Node, name: string): Node | undefined =>
  (object.properties as Node[]).find(
    (property) =>
      property.type === 'Property' &&
      isNode(property.key) &&
      (property.key.name === name || property.key.value === name),
  )?.value as Node | undefined;

/** `() => import('./Page.vue')`: the specifier, or null for anything else. */
function lazyImportOf(node: Node | undefined): string | null {
  if (!node || node.type !== 'ArrowFunctionExpression') return null;
  const body = node.body as Node;
  if (body.type !== 'ImportExpression') return null;
  const source = body.source as Node;
  return source.type === 'Literal' && typeof source.value === 'string' ? source.value : null;
}

const joinPath = (parent: string, child: string) =>
  child.startsWith('/') ? child.slice(1) : [parent, child].filter(Boolean).join('/');

/** The route records with a string path and a lazily imported page anywhere in a module's syntax tree. */
export function findRoutes(program: Node): FoundRoute[] {
  const found: FoundRoute[] = [];
  const visit = (node: unknown, prefix: string): void => {
    if (Array.isArray(node)) return node.forEach((child) => visit(child, prefix));
    if (!isNode(node)) return;
    let childPrefix = prefix;
    if (node.type === 'ObjectExpression') {
      const pathNode = propertyOf(node, 'path');
      if (pathNode?.type === 'Literal' && typeof pathNode.value === 'string') {
        childPrefix = joinPath(prefix, pathNode.value);
        const specifier = lazyImportOf(propertyOf(node, 'component'));
        if (specifier) found.push({ path: childPrefix, specifier });
      }
    }
    for (const [field, value] of Object.entries(node))
      if (field !== 'type' && typeof value === 'object') visit(value, childPrefix);
  };
  visit(program, '');
  return found;
}

/** What is read of an output chunk (Vite adds the CSS it imports). */
interface BuiltChunk {
  type: 'chunk';
  fileName: string;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** The chunk, the chunks it imports statically (transitively), and the CSS any of them brings. */
function filesOf(bundle: Record<string, { type: string }>, fileName: string): Pick<PageAssets, 'js' | 'css'> {
  const js: string[] = [];
  const css = new Set<string>();
  const visit = (file: string) => {
    const item = bundle[file];
    if (js.includes(file) || item?.type !== 'chunk') return;
    const chunk = item as BuiltChunk;
    js.push(file);
    chunk.viteMetadata?.importedCss.forEach((style) => css.add(style));
    chunk.imports.forEach(visit);
  };
  visit(fileName);
  return { js, css: [...css] };
}

export interface PageAssetsOptions {
  /** The remote's container entry (`remoteEntry.js`). */
  entryFile: string;
  /** The exposed module, as in `exposes` (`./src/remote.ts`), relative to the project's root. */
  remoteModule: string;
}

/**
 * Writes pages.json: what the browser loads for the remote itself (its container entry, its shared libraries'
 * import map and its exposed module) and for each routed page, for the gateway's preload hints.
 */
export function remotePageAssets({ entryFile, remoteModule }: PageAssetsOptions): Plugin {
  // Page module id → route paths (one page can serve several paths).
  const routes = new Map<string, string[]>();
  let exposed = '';
  return {
    name: 'duda:remote-page-assets',
    apply: 'build',
    configResolved(config) {
      exposed = path.resolve(config.root, remoteModule);
    },
    async transform(code, id) {
      if (id.startsWith('\0') || id.includes('/node_modules/') || !code.includes('import(')) return null;
      if (!/\.(ts|js|mts|mjs)$/.test(id.split('?')[0]!)) return null;
      for (const route of findRoutes(this.parse(code) as unknown as Node)) {
        const resolved = await this.resolve(route.specifier, id);
        if (!resolved) continue;
        routes.set(resolved.id, [...(routes.get(resolved.id) ?? []), route.path]);
      }
      return null;
    },
    generateBundle(_options, bundle) {
      const pages: PageAssets[] = [];
      const entry: Pick<PageAssets, 'js' | 'css'> = { js: [], css: [] };
      const addToEntry = (files: Pick<PageAssets, 'js' | 'css'>) => {
        entry.js.push(...files.js.filter((file) => !entry.js.includes(file)));
        entry.css.push(...files.css.filter((file) => !entry.css.includes(file)));
      };
      if (bundle[entryFile]) addToEntry(filesOf(bundle, entryFile));
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        // The container's import map of shared libraries, which its entry asks for on demand as it starts.
        if (item.moduleIds.some((id) => id.includes(SHARED_IMPORT_MAP)))
          addToEntry(filesOf(bundle, item.fileName));
        if (!item.facadeModuleId) continue;
        if (item.facadeModuleId === exposed) addToEntry(filesOf(bundle, item.fileName));
        if (!item.isDynamicEntry) continue;
        const paths = routes.get(item.facadeModuleId);
        if (!paths) continue;
        const files = filesOf(bundle, item.fileName);
        for (const path of paths) pages.push({ path, ...files });
      }
      const file: PageAssetsFile = { entry, pages: pages.sort((a, b) => a.path.localeCompare(b.path)) };
      this.emitFile({
        type: 'asset',
        fileName: PAGE_ASSETS_FILE,
        source: `${JSON.stringify(file, null, 2)}\n`,
      });
    },
  };
}
