import { describe, expect, it } from 'vitest';
import { pageFor, readPageAssets } from './page-assets.ts';
import type { PageAssets } from './page-assets.ts';

const page = (path: string): PageAssets => ({ path, js: [`assets/${path || 'home'}.js`], css: [] });
const pages = [
  page('halls'),
  page('inspections'),
  page('inspections/:id'),
  page('inspections/:id/perform'),
  page('inspections/new'),
  page('notices/:rest(.*)*'),
  page('plans/:month?'),
];

describe('the page a URL opens', () => {
  it('matches static paths and parameters, the most specific first', () => {
    expect(pageFor(pages, 'halls')?.path).toBe('halls');
    expect(pageFor(pages, '/inspections/')?.path).toBe('inspections');
    expect(pageFor(pages, 'inspections/4f2a/perform')?.path).toBe('inspections/:id/perform');
    expect(pageFor(pages, 'inspections/4f2a')?.path).toBe('inspections/:id');
    // A static segment outranks a parameter in the same place, as in vue-router.
    expect(pageFor(pages, 'inspections/new')?.path).toBe('inspections/new');
  });

  it('lets a repeatable parameter take the rest and an optional one be absent', () => {
    expect(pageFor(pages, 'notices/2026/04')?.path).toBe('notices/:rest(.*)*');
    expect(pageFor(pages, 'plans')?.path).toBe('plans/:month?');
    expect(pageFor(pages, 'plans/2026-05')?.path).toBe('plans/:month?');
  });

  it('finds nothing for a path no page has, a longer one, or a malformed one', () => {
    expect(pageFor(pages, 'standards')).toBeNull();
    expect(pageFor(pages, 'halls/9/extra')).toBeNull();
    expect(pageFor(pages, 'inspections/%E0%A4%A')).toBeNull();
  });
});

describe('reading pages.json', () => {
  it('keeps well-formed pages and drops files that leave the build folder', () => {
    expect(
      readPageAssets({
        pages: [
          {
            path: 'halls',
            js: ['assets/a.js', '../secret.js', '/etc/passwd', 'https://x.example/a.js'],
            css: [],
          },
          { path: 3, js: [], css: [] },
          { path: 'plans' },
        ],
      }),
    ).toEqual({ entry: { js: [], css: [] }, pages: [{ path: 'halls', js: ['assets/a.js'], css: [] }] });
    const none = { entry: { js: [], css: [] }, pages: [] };
    expect(readPageAssets('not json')).toEqual(none);
    expect(readPageAssets(null)).toEqual(none);
    expect(readPageAssets({ entry: { js: ['remoteEntry.js', '../x.js'], css: ['assets/r.css'] } })).toEqual({
      entry: { js: ['remoteEntry.js'], css: ['assets/r.css'] },
      pages: [],
    });
  });
});
