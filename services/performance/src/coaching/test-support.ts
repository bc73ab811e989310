// Test support for coaching: one manual KPI weighted 100 for clerks and hall managers from October, so each final
// score is exactly the points the superior enters; October and November run on the small organisation, and a
// scorecard is self-assessed by its person and assessed by the city supervisor with the score a test asks for.
import { runFixture, type RunFixture } from '../scorecards/test-support.ts';

export const PREVIOUS = '2026-10';
export const MONTH = '2026-11';

export interface CoachingFixture extends RunFixture {
  /** Scorecard ids by month and 工号. */
  cardOf(month: string, staffNo: string): string;
  assess(month: string, staffNo: string, score: number): Promise<void>;
}

export async function coachingFixture(): Promise<CoachingFixture> {
  const f = await runFixture();
  const start = f.inspection.clock.now;
  // The schemes are saved before October begins to apply: a scheme never starts in a month under way.
  f.inspection.clock.now = new Date('2026-09-20T02:00:00Z');
  const sup = await f.as('city.sup');
  const kpi = await sup.kpis.create({
    name: '工作态度',
    definition: '上级对工作态度的评价',
    unit: '分',
    direction: 'HIGHER',
    target: 100,
    rule: { kind: 'MANUAL' },
    source: 'TEAM_ATTITUDE',
  });
  for (const role of ['clerk', 'hall_manager'] as const)
    await sup.schemes.create({
      role,
      name: `${role} 方案`,
      fromMonth: PREVIOUS,
      lines: [{ kpiId: kpi.id, weight: 100 }],
    });
  f.inspection.clock.now = start;
  const cards = new Map<string, string>();
  for (const month of [PREVIOUS, MONTH]) {
    await sup.months.run({ month });
    const { items } = await sup.scorecards.list({ month, pageSize: 50 });
    for (const card of items) cards.set(`${month}/${card.staffNo}`, card.id);
  }
  const cardOf = (month: string, staffNo: string) => cards.get(`${month}/${staffNo}`)!;
  return {
    ...f,
    cardOf,
    assess: async (month, staffNo, score) => {
      const id = cardOf(month, staffNo);
      await (await f.as(staffNo)).scorecards.selfAssess({ id, comment: '自评' });
      await sup.scorecards.assess({ id, values: [{ kpiId: kpi.id, value: score }], comment: '' });
    },
  };
}
