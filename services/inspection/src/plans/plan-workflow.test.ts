import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '@duda/month';
import { planRejected } from '../events/domain-events.ts';
import { inspectionFixture, type InspectionFixture } from '../testing/fixture.ts';

describe('monthly plan approval (against PostgreSQL)', () => {
  let f: InspectionFixture;
  beforeAll(async () => {
    f = await inspectionFixture();
  });
  afterAll(() => f.close());
  // Plans are made for this month and the next only: a test of a later month plans it from the month before.
  const NOW = new Date('2026-11-10T02:00:00Z');
  const planningIn = (month: string) => {
    f.clock.now = new Date(`${addMonths(month, -1)}-10T02:00:00Z`);
  };
  afterEach(() => {
    f.clock.now = NOW;
  });

  const visit = (hallCode: string, inspectorId: string, plannedDate = '2026-12-08') => ({
    hallId: f.hall(hallCode).id,
    kind: 'MONTHLY_VISIT' as const,
    templateId: f.templates.standardLine,
    inspectorIds: [inspectorId],
    plannedDate,
  });

  it('runs draft → submitted → rejected → revised → approved → published, with the history kept', async () => {
    const supervisor = await f.as('sc.sup');
    const leader = await f.as('leader');
    const me = f.seeded.demoPeople['sc.sup']!.id;
    const { id } = await supervisor.plans.create({ scopeOrgId: f.district('HZ-SC').id, month: '2026-12' });
    await supervisor.plans.saveEntries({
      id,
      entries: [visit('HZ-SC-01', me), visit('HZ-SC-02', me, '2026-12-09')],
    });
    await supervisor.plans.transition({ id, command: { type: 'SUBMIT' } });
    await expect(supervisor.plans.saveEntries({ id, entries: [] })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    await expect(
      leader.plans.transition({ id, command: { type: 'REJECT', comment: '' } }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await leader.plans.transition({ id, command: { type: 'REJECT', comment: '请补充南星营业厅的复查安排' } });
    // Its author is told (the portal's notifications): once, in the transaction of the rejection.
    const rejected = await f.inspection.prisma.outboxEvent.findMany({ where: { type: planRejected.type } });
    expect(rejected.map((e) => planRejected.schema.parse(e.payload))).toEqual([
      expect.objectContaining({
        planId: id,
        authorId: me,
        rejectedById: f.seeded.demoPeople['leader']!.id,
        comment: '请补充南星营业厅的复查安排',
      }),
    ]);
    await supervisor.plans.transition({ id, command: { type: 'REVISE' } });
    await supervisor.plans.transition({ id, command: { type: 'SUBMIT' } });
    await leader.plans.transition({ id, command: { type: 'APPROVE' } });
    await supervisor.plans.transition({ id, command: { type: 'PUBLISH' } });
    const plan = await supervisor.plans.get({ id });
    expect(plan.status).toBe('PUBLISHED');
    expect(plan.history.map((h) => h.action)).toEqual([
      'CREATE',
      'SUBMIT',
      'REJECT',
      'REVISE',
      'SUBMIT',
      'APPROVE',
      'PUBLISH',
    ]);
    expect(plan.history.find((h) => h.action === 'REJECT')?.comment).toBe('请补充南星营业厅的复查安排');
  });

  it('issues the published plan to the halls for self-check (制发检查单) at once, ahead of its month', async () => {
    const manager = await f.as('hubin.mgr');
    // Still November: the December plan was issued today.
    const tasks = await manager.inspections.tasks();
    expect(tasks.selfChecks).toEqual([
      expect.objectContaining({
        hallName: '湖滨营业厅',
        kind: 'MONTHLY_VISIT',
        month: '2026-12',
        upcoming: true,
        plannedDate: '2026-12-08',
        state: 'TODO',
      }),
    ]);
    expect((await manager.pending.mine({ limit: 50 })).items).toContainEqual(
      expect.objectContaining({ kind: 'inspection.selfCheck', orgName: '湖滨营业厅', overdue: false }),
    );
    f.clock.now = new Date('2026-12-02T02:00:00Z');
    const december = await manager.inspections.tasks();
    expect(december.selfChecks).toEqual([
      expect.objectContaining({
        hallName: '湖滨营业厅',
        kind: 'MONTHLY_VISIT',
        upcoming: false,
        state: 'TODO',
      }),
    ]);
    f.clock.now = new Date('2026-11-10T02:00:00Z');
  });

  it("puts next month's issued visits in the inspector's tasks and to-dos at once, to start in their month", async () => {
    const supervisor = await f.as('sc.sup');
    const tasks = await supervisor.inspections.tasks();
    const upcoming = tasks.assigned.filter((task) => task.month === '2026-12');
    expect(upcoming.map((task) => [task.hallName, task.plannedDate, task.upcoming])).toEqual([
      ['湖滨营业厅', '2026-12-08', true],
      ['南星营业厅', '2026-12-09', true],
    ]);
    const { items } = await supervisor.pending.mine({ limit: 50 });
    const planned = items.filter((action) => action.kind === 'inspection.planned');
    expect(planned.map((action) => [action.orgName, action.overdue])).toEqual([
      ['湖滨营业厅', false],
      ['南星营业厅', false],
    ]);
    const start = (kind: 'MONTHLY_VISIT' | 'SELF_CHECK') => ({
      clientKey: crypto.randomUUID(),
      hallId: upcoming[0]!.hallId,
      kind,
      planEntryId: upcoming[0]!.entryId,
    });
    await expect(supervisor.inspections.start(start('MONTHLY_VISIT'))).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: '这次计划检查安排在2026年12月，到该月才能开始；营业厅可先按下发的检查单自查。',
    });
    f.clock.now = new Date('2026-12-01T02:00:00Z');
    const started = await supervisor.inspections.start(start('MONTHLY_VISIT'));
    f.clock.now = new Date('2026-11-10T02:00:00Z');
    await f.inspection.prisma.inspection.delete({ where: { id: started.id } });
  });

  it('refuses a plan for a month already over, in words naming it', async () => {
    const supervisor = await f.as('sc.sup');
    await expect(
      supervisor.plans.create({ scopeOrgId: f.district('HZ-SC').id, month: '2026-10' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '2026年10月已经过去，不能再为它制定检查计划；请选择本月或下月。',
    });
    expect(await f.inspection.prisma.inspectionPlan.count({ where: { month: '2026-10' } })).toBe(0);
  });

  it('refuses a plan for the month after next, naming the last month that may be planned', async () => {
    const supervisor = await f.as('sc.sup');
    await expect(
      supervisor.plans.create({ scopeOrgId: f.district('HZ-SC').id, month: '2027-01' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '2027年1月还太远，检查计划只能为本月或下月制定；最晚可选2026年12月。',
    });
    expect(await f.inspection.prisma.inspectionPlan.count({ where: { month: '2027-01' } })).toBe(0);
  });

  it('refuses a second plan for the same unit and month, naming the plan that exists', async () => {
    const supervisor = await f.as('sc.sup');
    const existing = await f.inspection.prisma.inspectionPlan.findFirstOrThrow({
      where: { scopeOrgId: f.district('HZ-SC').id, month: '2026-12' },
    });
    await expect(
      supervisor.plans.create({ scopeOrgId: f.district('HZ-SC').id, month: '2026-12' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      cause: expect.objectContaining({
        code: 'inspection.planExists',
        params: expect.objectContaining({ planId: existing.id }),
      }),
    });
  });

  it('does not let a supervisor approve a plan, nor a leader approve their own', async () => {
    const supervisor = await f.as('sc.sup');
    planningIn('2027-01');
    const { id } = await supervisor.plans.create({ scopeOrgId: f.district('HZ-SC').id, month: '2027-01' });
    await supervisor.plans.saveEntries({
      id,
      entries: [visit('HZ-SC-01', f.seeded.demoPeople['sc.sup']!.id, '2027-01-05')],
    });
    await supervisor.plans.transition({ id, command: { type: 'SUBMIT' } });
    await expect(supervisor.plans.transition({ id, command: { type: 'APPROVE' } })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a cross-inspection by someone of the hall’s own district, and hall outside the plan scope', async () => {
    const city = await f.as('city.sup');
    const { id } = await city.plans.create({ scopeOrgId: f.seeded.cityId, month: '2026-12' });
    const scSupervisor = f.seeded.demoPeople['sc.sup']!.id;
    const cross = {
      hallId: f.hall('HZ-SC-03').id,
      kind: 'CROSS' as const,
      templateId: f.templates.standardLine,
      inspectorIds: [scSupervisor],
      plannedDate: '2026-12-15',
    };
    await expect(city.plans.saveEntries({ id, entries: [cross] })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('交叉巡检不能由本区县人员检查本区县营业厅'),
    });
    await city.plans.saveEntries({ id, entries: [{ ...cross, hallId: f.hall('HZ-XH-02').id }] });
    const district = await f.as('sc.sup');
    planningIn('2027-02');
    const own = await district.plans.create({ scopeOrgId: f.district('HZ-SC').id, month: '2027-02' });
    await expect(
      district.plans.saveEntries({ id: own.id, entries: [visit('HZ-XH-01', scSupervisor, '2027-02-03')] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(
      district.plans.create({ scopeOrgId: f.district('HZ-XH').id, month: '2027-02' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('shows a draft only to those who may work on it, and to the leader once submitted', async () => {
    const author = await f.as('xh.sup');
    const leader = await f.as('leader');
    planningIn('2027-04');
    const { id } = await author.plans.create({ scopeOrgId: f.district('HZ-XH').id, month: '2027-04' });
    await author.plans.saveEntries({
      id,
      entries: [visit('HZ-XH-01', f.seeded.demoPeople['xh.sup']!.id, '2027-04-06')],
    });
    const april = { page: 1, pageSize: 20, month: '2027-04' };
    expect((await leader.plans.list(april)).items).toEqual([]);
    await expect(leader.plans.get({ id })).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: '该检查计划还是草稿，作者提交审批后您才能查看',
    });
    // A supervisor of the scope may draft it too (domain.md, plans), so she sees it.
    expect((await (await f.as('city.sup')).plans.list(april)).items.map((p) => p.id)).toEqual([id]);
    await author.plans.transition({ id, command: { type: 'SUBMIT' } });
    expect((await leader.plans.list(april)).items.map((p) => p.id)).toEqual([id]);
    expect((await leader.plans.get({ id })).status).toBe('SUBMITTED');
  });

  it('lists the plans that schedule a given kind of inspection', async () => {
    const city = await f.as('city.sup');
    const cross = await city.plans.list({ page: 1, pageSize: 20, kind: 'CROSS' });
    expect(cross.items.map((p) => [p.scopeName, p.month])).toEqual([['杭州分公司', '2026-12']]);
    const visits = await city.plans.list({ page: 1, pageSize: 20, kind: 'MONTHLY_VISIT', month: '2026-12' });
    expect(visits.items.map((p) => p.scopeName)).toEqual(['上城区分公司']);
  });

  it('never issues a planned mystery-shopper visit to the hall as a self-check', async () => {
    const city = await f.as('city.sup');
    const leader = await f.as('leader');
    planningIn('2027-03');
    const { id } = await city.plans.create({ scopeOrgId: f.seeded.cityId, month: '2027-03' });
    const citySupervisor = f.seeded.demoPeople['city.sup']!.id;
    await city.plans.saveEntries({
      id,
      entries: [
        { ...visit('HZ-SC-01', citySupervisor, '2027-03-10'), kind: 'MYSTERY' },
        visit('HZ-SC-01', citySupervisor, '2027-03-12'),
      ],
    });
    await city.plans.transition({ id, command: { type: 'SUBMIT' } });
    await leader.plans.transition({ id, command: { type: 'APPROVE' } });
    await city.plans.transition({ id, command: { type: 'PUBLISH' } });
    f.clock.now = new Date('2027-03-02T02:00:00Z');
    const tasks = await (await f.as('hubin.mgr')).inspections.tasks();
    expect(tasks.selfChecks.map((task) => task.kind)).toEqual(['MONTHLY_VISIT']);
  });
});
