import type { HtmlTagDescriptor, IndexHtmlTransformHook } from 'vite';
import { describe, expect, it } from 'vitest';
import { preloadSharedLibraries, sharedLibraryFiles } from './shared-preload.ts';
import type { BuiltBundle, BuiltChunk } from './shared-preload.ts';

const chunk = (fileName: string, fields: Partial<BuiltChunk> = {}): BuiltChunk => ({
  type: 'chunk',
  fileName,
  moduleIds: [],
  imports: [],
  dynamicImports: [],
  ...fields,
});

/**
 * The shape of the shell's build: the federation runtime's import map loads @duda/ui (with its CSS) on demand,
 * and the bootstrap waits for the shared libraries in a module of its own; the shell's pages load when routed to.
 */
const shellBundle: BuiltBundle = Object.fromEntries(
  [
    chunk('assets/index-A.js', {
      imports: ['assets/loadShare-vue-B.js'],
      dynamicImports: ['assets/HomePage-C.js'],
    }),
    chunk('assets/HomePage-C.js', { moduleIds: ['/apps/shell/src/pages/home/HomePage.vue'] }),
    chunk('assets/localSharedImportMap-D.js', {
      moduleIds: ['\0virtual:mf-localSharedImportMap__shell'],
      dynamicImports: ['assets/loadShare-vue-B.js', 'assets/src-E.js'],
    }),
    chunk('assets/loadShare-vue-B.js'),
    chunk('assets/src-E.js', {
      imports: ['assets/dist-F.js', 'assets/loadShare-vue-B.js'],
      dynamicImports: ['assets/echartsRuntime-G.js'],
      viteMetadata: { importedCss: new Set(['assets/src-H.css']) },
    }),
    chunk('assets/dist-F.js'),
    chunk('assets/echartsRuntime-G.js'),
    chunk('assets/pendingShares-P.js', {
      moduleIds: ['\0virtual:mf:__mfe_internal__shell__mf_owner__1__P_S__pendingShares__P_S__.js'],
    }),
    { type: 'asset' as const, fileName: 'assets/src-H.css' },
  ].map((output) => [output.fileName, output]),
);

describe('sharedLibraryFiles', () => {
  it("finds the shared libraries' chunks with their static imports and CSS and the bootstrap's wait, but no page or on-demand chunk", () => {
    expect(sharedLibraryFiles(shellBundle, new Set())).toEqual({
      js: ['assets/loadShare-vue-B.js', 'assets/src-E.js', 'assets/dist-F.js', 'assets/pendingShares-P.js'],
      css: ['assets/src-H.css'],
    });
  });

  it('leaves out what the page already loads', () => {
    expect(sharedLibraryFiles(shellBundle, new Set(['assets/loadShare-vue-B.js'])).js).toEqual([
      'assets/src-E.js',
      'assets/dist-F.js',
      'assets/pendingShares-P.js',
    ]);
  });
});

describe('preloadSharedLibraries', () => {
  it("adds crossorigin modulepreload and style preload links to the shell's page, marked as shared libraries", () => {
    const plugin = preloadSharedLibraries();
    (plugin.configResolved as (config: { base: string }) => void)({ base: '/' });
    const { handler } = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
    const page =
      '<head><script type="module" crossorigin src="/assets/index-A.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/loadShare-vue-B.js"></head>';
    const tags = handler.call({} as never, page, {
      path: '/index.html',
      filename: 'index.html',
      bundle: shellBundle as never,
    }) as HtmlTagDescriptor[];
    const shared = { crossorigin: true, 'data-shared-library': true };
    expect(tags.map((tag) => tag.attrs)).toEqual([
      { rel: 'modulepreload', href: '/assets/src-E.js', ...shared },
      { rel: 'modulepreload', href: '/assets/dist-F.js', ...shared },
      { rel: 'modulepreload', href: '/assets/pendingShares-P.js', ...shared },
      { rel: 'preload', as: 'style', href: '/assets/src-H.css', ...shared },
    ]);
    expect(tags.every((tag) => tag.tag === 'link' && tag.injectTo === 'head')).toBe(true);
  });
});
