// The demo seed step on the small organisation beside real inspection and training: three closed months and the
// current one open, computed through the other areas' APIs; a second run adds nothing.
import { addMonths, currentMonth } from '@duda/month';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formsBeside } from '../appeals/test-month.ts';
import { runFixture, type RunFixture } from '../scorecards/test-support.ts';
import { seedPerformanceDemo } from './index.ts';

let f: RunFixture;
let forms: Awaited<ReturnType<typeof formsBeside>>;
beforeAll(async () => {
  f = await runFixture();
  forms = await formsBeside(f);
}, 120_000);
afterAll(async () => {
  await forms.drop();
  await f.close();
});

describe('performance demo seed', () => {
  it('writes schemes for clerks and hall managers, three signed-off months and the current one open', async () => {
    const now = f.inspection.clock.now;
    const month = currentMonth(now);
    expect(await seedPerformanceDemo(f.performance.deps, f.inspection.seeded, now)).toEqual({ months: 4 });
    const sup = await f.as('city.sup');
    expect((await sup.schemes.list({})).map((scheme) => [scheme.role, scheme.fromMonth])).toEqual([
      ['clerk', addMonths(month, -3)],
      ['hall_manager', addMonths(month, -3)],
    ]);
    // The sources read from training, forms and the portal are in the library, in no scheme of the demo.
    const library = new Map((await sup.kpis.list({})).map((kpi) => [kpi.source, kpi.schemes]));
    for (const source of ['SKILL_TEST', 'UNREAD_READING', 'COMPLAINTS', 'DUTY_COMPLETION_RATE'] as const)
      expect([source, library.get(source)]).toEqual([source, 0]);
    for (const closed of [-3, -2, -1].map((back) => addMonths(month, back))) {
      const state = await sup.months.get({ month: closed });
      expect(state).toMatchObject({ status: 'SIGNED_OFF', scorecards: { total: 7, assessed: 7 } });
      // Signed off after calibration: every district locked.
      expect((await sup.calibration.districts({ month: closed })).every((d) => d.locked)).toBe(true);
    }
    // The month under way: every district locked but 上城, the month story's.
    expect(
      (await sup.calibration.districts({ month })).map((d) => [d.districtName, d.locked]).sort(),
    ).toEqual([
      ['上城区分公司', false],
      ['西湖区分公司', true],
    ]);
    // Open: everybody assessed but 湖滨's demo clerk and her manager, whose month the stories walk; the other clerk
    // of 湖滨 with an open appeal for her manager (申诉), the hall managers by their district's supervisor.
    expect(await sup.months.get({ month })).toMatchObject({
      status: 'OPEN',
      scorecards: { total: 7, computed: 2, assessed: 5 },
    });
    const district = await f.as('sc.sup');
    const managers = (await district.scorecards.list({ month })).items.filter(
      (c) => c.role === 'hall_manager' && c.staffNo !== 'HZ10101',
    );
    expect(managers.length).toBeGreaterThan(0);
    const assessed = await district.scorecards.get({ id: managers[0]!.id });
    expect(assessed).toMatchObject({ status: 'ASSESSED', assessorName: '刘海涛' });
    expect(assessed.selfComment).toBeTruthy();
    expect(assessed.lines[4]!.value).toBeGreaterThanOrEqual(14);
    // The month runs again (the nightly job, the page's button): every assessment stays as it was.
    await sup.months.run({ month });
    expect(await sup.months.get({ month })).toMatchObject({ scorecards: { computed: 2, assessed: 5 } });
    expect(await district.scorecards.get({ id: managers[0]!.id })).toMatchObject({
      status: 'ASSESSED',
      assessorComment: assessed.assessorComment,
      final: assessed.final,
    });
    const appeals = await (await f.as('hubin.mgr')).appeals.list({ scope: 'units' });
    expect(appeals.items.map((a) => [a.personName, a.month, a.kpiName, a.status])).toEqual([
      ['钱晓云', month, '营业厅检查得分', 'FILED'],
      ['钱晓云', addMonths(month, -1), '团队建设与工作态度', 'ACCEPTED'],
    ]);
    // The closed month's appeal was heard before its sign-off: its interview is a 表9 record in forms, hers to read.
    const heard = await (await f.as('hubin.mgr')).appeals.get({ id: appeals.items[1]!.id });
    expect(heard.adjustment).toMatchObject({ points: 1 });
    const record = await (await forms.formsAs('HZ10110')).submissions.get({ id: heard.interviewRecord!.id });
    expect(record.data).toMatchObject({ staff: { name: '钱晓云' }, kind: 'performance' });
    // A closed month's clerk sees her result, her attitude entered by the superior.
    const clerk = await f.as('hubin.clerk');
    const [card] = (await clerk.scorecards.list({ month: addMonths(month, -1) })).items;
    const full = await clerk.scorecards.get({ id: card!.id });
    expect(full.grade).not.toBeNull();
    expect(full.lines[4]!.value).toBeGreaterThanOrEqual(14);
    expect(full.lines[4]!.points).toBe(full.lines[4]!.value);

    // HR received the signed-off months (推送人力), the last after two refusals; the one before never answered, and
    // the job gave up after its fifteen attempts: it waits for a re-send, HR's to-do on the demo's home.
    const deliveries = await sup.hrDelivery.list({ page: 1, pageSize: 20 });
    expect(deliveries.items.map((d) => [d.month, d.status, d.attempts]).sort()).toEqual([
      [addMonths(month, -3), 'ACKNOWLEDGED', 1],
      [addMonths(month, -2), 'GAVE_UP', 15],
      [addMonths(month, -1), 'ACKNOWLEDGED', 3],
    ]);
    expect(await sup.hrDelivery.endpoint({})).toMatchObject({ secretSet: true });

    expect(await seedPerformanceDemo(f.performance.deps, f.inspection.seeded, now)).toEqual({ months: 0 });
    // Four months through real inspection and training, and the appeal's steps: room for a loaded machine.
  }, 120_000);
});
