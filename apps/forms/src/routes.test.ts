import { describe, expect, it } from 'vitest';
import { features } from './features/index.ts';
import { menu } from './menu.ts';
import { routes } from './routes.ts';

describe('the forms remote routes', () => {
  it('names every page after the remote, since route names are global in the portal', () => {
    const names = features.flatMap((feature) => feature.routes.map((route) => String(route.name)));
    for (const name of names) expect(name).toMatch(/^forms\./);
    expect(new Set(names).size).toBe(names.length);
  });

  it('has a page for every menu entry, with the permission the page asks', () => {
    for (const entry of menu) {
      const route = routes.find((each) => each.path === entry.path);
      expect(route?.meta?.permission, entry.path).toBe(entry.permission);
    }
  });

  it("opens the pages the to-do inbox links to (the service's pending.mine paths)", () => {
    const paths = routes.map((route) => route.path);
    expect(paths).toContain('submissions/:id');
    expect(paths).toContain('approvals/:id');
    expect(paths).toContain('complaints/:id');
  });
});
