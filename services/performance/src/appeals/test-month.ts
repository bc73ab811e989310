// Test support for appeals and calibration: one manual KPI weighted 100 for clerks and hall managers, so each
// final score is exactly the points the superior enters; the month run on the small organisation, and each
// scorecard self-assessed by its person and assessed by the city supervisor with the score a test asks for.
import { runFixture, type RunFixture } from '../scorecards/test-support.ts';

export const MONTH = '2026-11';

export interface MonthFixture extends RunFixture {
  kpiId: string;
  /** Everyone scored, by 工号: scorecard id, name, district. */
  cards: Map<string, { id: string; personName: string; districtName: string | null }>;
  /** Self-assessment by the person, then the city supervisor's assessment at `score` points. */
  assess(staffNo: string, score: number): Promise<void>;
}

export async function monthFixture(): Promise<MonthFixture> {
  const f = await runFixture();
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
      fromMonth: MONTH,
      lines: [{ kpiId: kpi.id, weight: 100 }],
    });
  await sup.months.run({ month: MONTH });
  const { items } = await sup.scorecards.list({ month: MONTH, pageSize: 50 });
  const cards = new Map(items.map((card) => [card.staffNo, card]));
  return {
    ...f,
    kpiId: kpi.id,
    cards,
    assess: async (staffNo, score) => {
      const id = cards.get(staffNo)!.id;
      await (await f.as(staffNo)).scorecards.selfAssess({ id, comment: '自评' });
      await sup.scorecards.assess({ id, values: [{ kpiId: kpi.id, value: score }], comment: '' });
    },
  };
}
