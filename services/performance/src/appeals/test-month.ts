// Test support for appeals and calibration: one manual KPI weighted 100 for clerks and hall managers, so each
// final score is exactly the points the superior enters; the month run on the small organisation, and each
// scorecard self-assessed by its person and assessed by the city supervisor with the score a test asks for. A real
// forms service beside it (its own database, the same org) where the city has published its 表9, as performance
// files an appeal's interview there.
import { dataSchemaOf, uiSchemaSchema } from '@duda/contract-forms';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { localServiceClient } from '@duda/service-kit';
import { createFormsService, database as formsDatabase, type FormsService } from '@duda/service-forms';
import { HALL_FORMS } from '@duda/service-forms/hall-forms';
import { runFixture, type RunFixture } from '../scorecards/test-support.ts';

export const MONTH = '2026-11';

export interface MonthFixture extends RunFixture {
  forms: FormsService;
  /** The forms router as that person (a 工号 login that must change its password still acts). */
  formsAs(username: string): Promise<ReturnType<FormsService['router']['createCaller']>>;
  kpiId: string;
  /** Everyone scored, by 工号: scorecard id, name, district. */
  cards: Map<string, { id: string; personName: string; districtName: string | null }>;
  /** Self-assessment by the person, then the city supervisor's assessment at `score` points. */
  assess(staffNo: string, score: number): Promise<void>;
}

/** The forms service on its own database, with the city's copy of the province's 表9 published by its supervisor. */
export async function formsBeside(f: RunFixture) {
  const db: TestDatabase = await createTestDatabase([formsDatabase]);
  const forms = createFormsService({
    pool: db.pool,
    org: localServiceClient(f.inspection.org.router),
    now: () => f.inspection.clock.now,
  });
  const formsAs = async (username: string) =>
    forms.router.createCaller({ ...(await f.inspection.contextOf(username)), passwordChangeRequired: false });
  const table9 = HALL_FORMS.find((form) => form.code === '表9')!;
  const uiSchema = uiSchemaSchema.parse(table9.ui);
  const sup = await formsAs('city.sup');
  const template = await sup.templates.create({
    orgNodeId: f.inspection.seeded.cityId,
    code: table9.code,
    name: table9.name,
    description: table9.description,
    uiSchema,
    dataSchema: dataSchemaOf(uiSchema) as Record<string, never>,
  });
  await sup.templates.publish({ versionId: template.versions[0]!.id });
  f.performance.deps.forms = localServiceClient(forms.router, 'forms');
  return { forms, formsAs, drop: () => forms.close().then(() => db.drop()) };
}

export async function monthFixture(): Promise<MonthFixture> {
  const f = await runFixture();
  const beside = await formsBeside(f);
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
    forms: beside.forms,
    formsAs: beside.formsAs,
    close: async () => {
      await beside.drop();
      await f.close();
    },
    kpiId: kpi.id,
    cards,
    assess: async (staffNo, score) => {
      const id = cards.get(staffNo)!.id;
      await (await f.as(staffNo)).scorecards.selfAssess({ id, comment: '自评' });
      await sup.scorecards.assess({ id, values: [{ kpiId: kpi.id, value: score }], comment: '' });
    },
  };
}
