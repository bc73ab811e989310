import { describe, expect, it } from 'vitest';
import { preloadHints, renderHints } from './web-hints.ts';
import type { RemoteBuild } from './web-hints.ts';

const inspection: RemoteBuild = {
  name: 'inspection',
  base: '/remotes/inspection/',
  manifest: 'mf-manifest.json',
  assets: {
    entry: { js: ['remoteEntry.js', 'assets/dist-A1.js', 'assets/remote-B2.js'], css: [] },
    pages: [
      { path: 'halls', js: ['assets/HallsPage-C3.js', 'assets/dist-A1.js'], css: [] },
      {
        path: 'inspections/:id/perform',
        js: ['assets/PerformPage-D4.js'],
        css: ['assets/PerformPage-E5.css'],
      },
    ],
  },
};
const buildOf = (name: string) => (name === 'inspection' ? inspection : null);

describe('preload hints for a page of the portal', () => {
  it("names the remote's manifest, entry and module, then the opened page's chunks, each file once", () => {
    expect(preloadHints('/inspection/inspections/4f2a/perform', buildOf)).toEqual([
      { href: '/remotes/inspection/mf-manifest.json', kind: 'fetch' },
      { href: '/remotes/inspection/remoteEntry.js', kind: 'module' },
      { href: '/remotes/inspection/assets/dist-A1.js', kind: 'module' },
      { href: '/remotes/inspection/assets/remote-B2.js', kind: 'module' },
      { href: '/remotes/inspection/assets/PerformPage-D4.js', kind: 'module' },
      { href: '/remotes/inspection/assets/PerformPage-E5.css', kind: 'style' },
    ]);
    expect(
      preloadHints('/inspection/halls', buildOf).filter((hint) => hint.href.endsWith('dist-A1.js')),
    ).toHaveLength(1);
  });

  it("names only the remote's own files for a path no page matches, and nothing outside a remote", () => {
    expect(preloadHints('/inspection/unknown', buildOf)).toHaveLength(4);
    expect(preloadHints('/', buildOf)).toEqual([]);
    expect(preloadHints('/profile', buildOf)).toEqual([]);
  });

  it('writes link elements the browser matches with the later CORS requests, with no markup from a file name', () => {
    expect(
      renderHints([
        { href: '/remotes/x/mf-manifest.json', kind: 'fetch' },
        { href: '/remotes/x/a.js', kind: 'module' },
        { href: '/remotes/x/"><script>.css', kind: 'style' },
      ]),
    ).toBe(
      '<link rel="preload" as="fetch" crossorigin href="/remotes/x/mf-manifest.json">' +
        '<link rel="modulepreload" crossorigin href="/remotes/x/a.js">' +
        '<link rel="preload" as="style" crossorigin href="/remotes/x/&quot;&gt;&lt;script&gt;.css">',
    );
  });
});
