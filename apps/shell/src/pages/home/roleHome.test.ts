import { ROLES } from '@duda/contract-org';
import { describe, expect, it } from 'vitest';
import { HOME_FIGURES, homeSections, ROLE_FIGURES } from './roleHome.ts';

const kinds = (roles: Parameters<typeof homeSections>[0]) => homeSections(roles).map((s) => s.kind);
const figureKeys = (roles: Parameters<typeof homeSections>[0]) =>
  homeSections(roles).flatMap((s) => (s.kind === 'figures' ? s.figures.map((f) => f.key) : []));

describe('the home of each role', () => {
  it.each(ROLES)('%s: the to-dos first and at least one figure', (role) => {
    expect(kinds([role])[0]).toBe('inbox');
    expect(figureKeys([role]).length).toBeGreaterThan(0);
  });

  it("puts today's must-dos second for the posts that have duties, and not for the others", () => {
    expect(kinds(['hall_manager'])).toEqual(['inbox', 'duties', 'figures']);
    expect(kinds(['city_supervisor'])).toEqual(['inbox', 'duties', 'figures']);
    expect(kinds(['clerk'])).toEqual(['inbox', 'figures']);
    expect(kinds(['trainer'])).toEqual(['inbox', 'figures']);
    expect(kinds(['admin'])).toEqual(['inbox', 'figures']);
  });

  it('shows a figure two roles watch once, in the order of the first role', () => {
    expect(figureKeys(['hall_manager', 'duty_manager'])).toEqual([
      'openOrders',
      'overdueOrders',
      'monthInspections',
    ]);
    expect(figureKeys(['hr', 'trainer'])).toEqual(['activeStaff', 'publishedExams']);
  });

  it("links every figure to its own area's page, with the month it counts", () => {
    for (const figure of Object.values(HOME_FIGURES)) {
      const area = figure.procedure.split('.')[0]!;
      // The org service's pages are the administration remote's.
      const remote = area === 'org' ? 'admin' : area;
      expect(figure.link('2026-12').startsWith(`/${remote}/`), figure.key).toBe(true);
      expect(figure.input('2026-12')).toMatchObject({ page: 1, pageSize: 1 });
    }
    expect(HOME_FIGURES.monthInspections.link('2026-12')).toBe('/inspection/inspections?month=2026-12');
  });

  it('names only figures that exist', () => {
    for (const keys of Object.values(ROLE_FIGURES))
      for (const key of keys) expect(Object.keys(HOME_FIGURES)).toContain(key);
  });
});
