import { describe, expect, it } from 'vitest';
import { features } from './features/index.ts';
import { routes } from './routes.ts';

describe('the admin remote routes', () => {
  it('names every page after the remote, since route names are global in the portal', () => {
    const names = features.flatMap((feature) => feature.routes.map((route) => String(route.name)));
    for (const name of names) expect(name).toMatch(/^admin\./);
    expect(new Set(names).size).toBe(names.length);
  });

  it('opens the first page at the area root, and has a root only when there is a page', () => {
    const first = features.flatMap((feature) => feature.routes)[0];
    const root = routes.find((route) => route.path === '');
    expect(root?.redirect).toEqual(first ? { name: first.name } : undefined);
  });
});
