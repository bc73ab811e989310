// The closed loop on real databases: 湖滨's November visit fails two items; its event drafts 湖滨's December plan
// in training; the city's month run scores 湖滨's clerk from that visit; the board shows each stage with the link
// to its evidence, to those who supervise 湖滨 only; 湖滨 is tested by the exam its plan links, no other.
import { submitVisit } from '@duda/service-inspection/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loopFixture, type LoopFixture } from './test-support.ts';

let f: LoopFixture;
let visitId: string;
const MONTH = '2026-11';

/** A published December exam for 湖滨's clerk (赵雪), written to training's tables as publishing leaves them. */
async function writeExam(title: string, orgNodeId: string) {
  const prisma = f.training.prisma;
  const { seeded, clock } = f.inspection;
  const trainerId = seeded.demoPeople['trainer']!.id;
  const hall = f.inspection.hall('HZ-SC-01');
  const clerk = seeded.hallStaff['HZ-SC-01']!.find((p) => p.staffNo === 'HZ10103')!;
  const paper = await prisma.paper.create({
    data: {
      cityId: seeded.cityId,
      title,
      kind: 'FIXED',
      status: 'PUBLISHED',
      totalPoints: 10,
      createdById: trainerId,
    },
  });
  const exam = await prisma.exam.create({
    data: {
      cityId: seeded.cityId,
      orgNodeId,
      orgName: '上城区分公司',
      title,
      kind: 'DISTRICT_WRITTEN',
      month: '2026-12',
      status: 'PUBLISHED',
      paperId: paper.id,
      target: { orgNodeIds: [orgNodeId], roles: [], personIds: [] },
      opensAt: new Date('2026-12-20T01:00:00Z'),
      closesAt: new Date('2026-12-20T13:00:00Z'),
      timeLimitMinutes: 60,
      passMark: 6,
      publishedAt: clock.now,
      createdById: trainerId,
      candidates: {
        create: {
          personId: clerk.id,
          personName: clerk.name,
          staffNo: clerk.staffNo,
          orgNodeId: hall.id,
          orgName: hall.name,
          orgPath: [hall.id, f.inspection.district('HZ-SC').id, seeded.cityId],
        },
      },
    },
  });
  return exam.id;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
  );

beforeAll(async () => {
  f = await loopFixture();
  const hubin = f.inspection.hall('HZ-SC-01').id;
  visitId = (await submitVisit(f.inspection, 'sc.sup', hubin, { A01: '台面杂物', B01: '未佩戴工牌' })).id;
  await f.deliverSubmitted(visitId);
  await f.deliverSubmitted(visitId); // redelivered: still one plan
  const sup = await f.as('city.sup');
  const kpi = await sup.kpis.create({
    name: '营业厅检查得分',
    definition: '营业厅检查得分',
    unit: '分',
    direction: 'HIGHER',
    target: 100,
    rule: { kind: 'LINEAR', floor: 60 },
    source: 'HALL_INSPECTION_SCORE',
  });
  await sup.schemes.create({
    role: 'clerk',
    name: '营业员方案',
    fromMonth: MONTH,
    lines: [{ kpiId: kpi.id, weight: 100 }],
  });
  await sup.months.run({ month: MONTH });
}, 180_000);
afterAll(() => f.close());

describe('the closed-loop board', () => {
  it('shows 湖滨’s manager the loop from the failed items to the scorecards that score them', async () => {
    const board = await (await f.as('hubin.mgr')).loop.month({ month: MONTH });
    expect(board).toMatchObject({ month: MONTH, trainingMonth: '2026-12' });
    expect(board.halls.map((h) => h.hallName)).toEqual(['湖滨营业厅']);
    const [found, trained, tested, scored] = board.halls[0]!.stages;
    expect(found).toEqual({
      stage: 'found',
      state: 'DONE',
      count: 2,
      settled: 0,
      link: `/inspection/inspections/${visitId}`,
      label: null,
    });
    const [plan] = await f.training.prisma.trainingPlan.findMany({
      where: { orgNodeId: board.halls[0]!.hallId },
    });
    expect(plan).toMatchObject({ month: '2026-12', status: 'DRAFT' });
    expect(trained).toEqual({
      stage: 'trained',
      state: 'ACTIVE',
      count: 0,
      settled: 0,
      link: `/training/plans/${plan!.id}`,
      label: null,
    });
    expect(tested).toMatchObject({ stage: 'tested', state: 'WAITING', link: null });
    expect(scored).toMatchObject({
      stage: 'scored',
      state: 'ACTIVE',
      settled: 0,
      link: `/performance/scorecards?month=${MONTH}&orgNodeId=${board.halls[0]!.hallId}`,
    });
    expect(scored!.count).toBeGreaterThan(0);

    // The scorecard the stage links to shows the same inspection as the evidence of its score.
    const { items } = await (
      await f.as('hubin.mgr')
    ).scorecards.list({ month: MONTH, orgNodeId: board.halls[0]!.hallId });
    const card = await (await f.as('hubin.mgr')).scorecards.get({ id: items[0]!.id });
    expect(card.lines[0]!.evidence).toEqual([expect.objectContaining({ id: visitId, link: found!.link })]);
  });

  it('counts 湖滨 as tested by the exam its plan links, not by another exam its clerk sits', async () => {
    const hubin = f.inspection.hall('HZ-SC-01').id;
    const targeted = await writeExam('12月上城区业务笔试', f.inspection.district('HZ-SC').id);
    await writeExam('12月全市知识竞赛', f.inspection.seeded.cityId); // sat by the same clerk, never linked
    const tested = async () =>
      (await (await f.as('hubin.mgr')).loop.month({ month: MONTH })).halls[0]!.stages[2];
    expect(await tested()).toMatchObject({ state: 'WAITING', link: null });
    const [plan] = await f.training.prisma.trainingPlan.findMany({ where: { orgNodeId: hubin } });
    const training = f.training.router.createCaller(await f.inspection.contextOf('hubin.mgr'));
    await training.plans.linkExam({ planId: plan!.id, examId: targeted });
    expect(await tested()).toEqual({
      stage: 'tested',
      state: 'ACTIVE',
      count: 1,
      settled: 0,
      link: `/training/exams/${targeted}`,
      label: '12月上城区业务笔试',
    });
  });

  it('shows a district its halls, one not inspected yet waiting at every stage', async () => {
    const board = await (await f.as('sc.sup')).loop.month({ month: MONTH });
    const nanxing = board.halls.find((h) => h.hallName === '南星营业厅')!;
    expect(board.halls.map((h) => h.hallName)).toContain('湖滨营业厅');
    expect(nanxing.stages.map((s) => s.state).slice(0, 3)).toEqual(['WAITING', 'WAITING', 'WAITING']);
    // Another district's supervisor and another hall's manager find nothing of 湖滨.
    for (const username of ['xh.sup', 'nanxing.mgr']) {
      const other = await (await f.as(username)).loop.month({ month: MONTH });
      expect(other.halls.map((h) => h.hallName)).not.toContain('湖滨营业厅');
    }
  });

  it('answers for the calendar’s last month, which has no next month to train in', async () => {
    const board = await (await f.as('hubin.mgr')).loop.month({ month: '2999-12' });
    expect(board.halls[0]!.stages.map((s) => s.state)).toEqual(['WAITING', 'WAITING', 'WAITING', 'WAITING']);
  });

  it('refuses those who supervise no hall', async () => {
    for (const username of ['hubin.clerk', 'trainer'])
      expect(await codeOf((await f.as(username)).loop.month({ month: MONTH }))).toBe(
        'performance.loop.readDenied',
      );
  });
});
