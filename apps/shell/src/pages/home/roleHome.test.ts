import { ROLES } from '@duda/contract-org';
import { describe, expect, it } from 'vitest';
import { HOME_FIGURES, homeSections, readFigure, ROLE_FIGURES, type HomeFigure } from './roleHome.ts';

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

  it("links every counted figure to its own area's page, with the month it counts, asking for one row", () => {
    for (const figure of Object.values(HOME_FIGURES).filter((f) => !('read' in f))) {
      const area = figure.procedure.split('.')[0]!;
      // The org service's pages are the administration remote's.
      const remote = area === 'org' ? 'admin' : area;
      expect(figure.link('2026-12').startsWith(`/${remote}/`), figure.key).toBe(true);
      expect(figure.input('2026-12')).toMatchObject({ page: 1, pageSize: 1 });
    }
    expect(HOME_FIGURES.monthInspections.link('2026-12')).toBe('/inspection/inspections?month=2026-12');
  });

  it('shows a count, and a hint of what to do next at zero', () => {
    expect(readFigure(HOME_FIGURES.overdueOrders, { items: [], total: 3 })).toEqual({
      value: 3,
      unit: 'count',
      hint: 'open',
    });
    expect(readFigure(HOME_FIGURES.overdueOrders, { items: [], total: 0 })).toEqual({
      value: 0,
      unit: 'count',
      hint: 'zero',
    });
  });

  describe("本月必做完成率: the supervisors' and the leader's scope this month", () => {
    const rate: HomeFigure = HOME_FIGURES.dutyRate;
    const tier = (tier: string, done: number, missed: number, open = 0) => ({
      tier,
      people: 1,
      done,
      missed,
      open,
    });

    it('is for the district and city supervisors and the leader, the rates page of the month with the same span', () => {
      const watching = Object.entries(ROLE_FIGURES).filter(([, keys]) => keys.includes('dutyRate'));
      expect(watching.map(([role]) => role).sort()).toEqual([
        'city_supervisor',
        'district_supervisor',
        'leader',
      ]);
      expect(rate.procedure).toBe('portal.duties.rates');
      expect(rate.input('2026-12')).toEqual({ span: 'month' });
      expect(rate.link('2026-12')).toBe('/duties?tab=rates&span=month');
    });

    it('rates done of done + missed over every tier, the open ones left out', () => {
      const tiers = [tier('city', 9, 1, 4), tier('district', 18, 2), tier('hall', 3, 7, 30)];
      expect(readFigure(rate, { tiers })).toEqual({ value: 0.75, unit: 'rate', hint: 'open' });
      expect(readFigure(rate, { tiers: [tier('hall', 2, 1)] })).toEqual({
        value: 2 / 3,
        unit: 'rate',
        hint: 'open',
      });
      expect(readFigure(rate, { tiers: [tier('hall', 0, 5)] })).toEqual({
        value: 0,
        unit: 'rate',
        hint: 'open',
      });
    });

    it('says so when the scope has no duties this month, or none of them is due yet', () => {
      expect(readFigure(rate, { from: '2026-12-01', to: '2026-12-31', people: [], tiers: [] })).toEqual({
        value: null,
        unit: 'rate',
        hint: 'zero',
      });
      expect(readFigure(rate, { tiers: [tier('district', 0, 0, 12)] })).toEqual({
        value: null,
        unit: 'rate',
        hint: 'pending',
      });
    });
  });

  it('names only figures that exist', () => {
    for (const keys of Object.values(ROLE_FIGURES))
      for (const key of keys) expect(Object.keys(HOME_FIGURES)).toContain(key);
  });
});
