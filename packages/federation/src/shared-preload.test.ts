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

/** The shape of the shell's build: the federation runtime's import map loads @duda/ui (with its CSS) on demand. */
const shellBundle: BuiltBundle = Object.fromEntries(
  [
    chunk('assets/mf-entry-bootstrap-0-1.js', {
      dynamicImports: ['assets/index-A.js', 'assets/pendingShares-P.js'],
    }),
    chunk('assets/pendingShares-P.js'),
    chunk('assets/index-A.js', {
      imports: ['assets/loadShare-vue-B.js'],
      dynamicImports: ['assets/HomePage-C.js'],
    }),
    chunk('assets/HomePage-C.js'),
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
    { type: 'asset' as const, fileName: 'assets/src-H.css' },
  ].map((output) => [output.fileName, output]),
);

describe('sharedLibraryFiles', () => {
  it("finds the shared libraries' chunks with their static imports and CSS, but no page or on-demand chunk", () => {
    expect(sharedLibraryFiles(shellBundle, new Set())).toEqual({
      js: ['assets/loadShare-vue-B.js', 'assets/src-E.js', 'assets/dist-F.js'],
      css: ['assets/src-H.css'],
    });
  });

  it("adds what the page's entry imports as it starts, with their static imports", () => {
    expect(sharedLibraryFiles(shellBundle, new Set(), 'assets/mf-entry-bootstrap-0-1.js').js).toEqual([
      'assets/loadShare-vue-B.js',
      'assets/src-E.js',
      'assets/dist-F.js',
      'assets/index-A.js',
      'assets/pendingShares-P.js',
    ]);
  });

  it('leaves out what the page already loads', () => {
    expect(sharedLibraryFiles(shellBundle, new Set(['assets/loadShare-vue-B.js'])).js).toEqual([
      'assets/src-E.js',
      'assets/dist-F.js',
    ]);
  });
});

describe('preloadSharedLibraries', () => {
  it("adds crossorigin modulepreload and style preload links to the shell's page", () => {
    const plugin = preloadSharedLibraries();
    (plugin.configResolved as (config: { base: string }) => void)({ base: '/' });
    const { handler } = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
    const page =
      '<head><script type="module" crossorigin src="/assets/mf-entry-bootstrap-0-1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/loadShare-vue-B.js">' +
      '<link rel="modulepreload" crossorigin href="/assets/index-A.js"></head>';
    const tags = handler.call({} as never, page, {
      path: '/index.html',
      filename: 'index.html',
      bundle: shellBundle as never,
      chunk: shellBundle['assets/mf-entry-bootstrap-0-1.js'] as never,
    }) as HtmlTagDescriptor[];
    expect(tags.map((tag) => tag.attrs)).toEqual([
      { rel: 'modulepreload', href: '/assets/src-E.js', crossorigin: true, 'data-shared-library': true },
      { rel: 'modulepreload', href: '/assets/dist-F.js', crossorigin: true, 'data-shared-library': true },
      {
        rel: 'modulepreload',
        href: '/assets/pendingShares-P.js',
        crossorigin: true,
        'data-shared-library': true,
      },
      {
        rel: 'preload',
        as: 'style',
        href: '/assets/src-H.css',
        crossorigin: true,
        'data-shared-library': true,
      },
    ]);
    expect(tags.every((tag) => tag.tag === 'link' && tag.injectTo === 'head')).toBe(true);
  });
});
