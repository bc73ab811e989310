// A plan's targeted exams (考核考试) on a real database: 湖滨's manager links the district's December exam to 湖滨's
// December plan; every refused link (another hall's exam, last month's, a cancelled one, one they cannot see, a
// closed plan, someone who neither keeps the plan nor runs its exams) is a catalogued code and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExam } from '../analysis/test-data.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { code?: string; cause?: { code?: string } }) => error.cause?.code ?? error.code,
  );

describe('a plan’s targeted exams', () => {
  let f: TrainingFixture;
  let planId: string;
  const exams: Record<string, string> = {};
  const links = () => f.training.deps.prisma.trainingPlanExam.findMany({ where: { planId } });
  const questions = [{ point: '首问负责', points: 2 }];

  beforeAll(async () => {
    f = await trainingFixture();
    f.clock.now = new Date('2026-12-02T02:00:00Z');
    const sc = f.district('HZ-SC').id;
    const write = async (key: string, title: string, spec: { month: string; orgNodeId?: string }) => {
      const kind = spec.orgNodeId ? 'DISTRICT_WRITTEN' : 'CITY_MONTHLY';
      const { exam } = await writeExam(f, { title, kind, questions, marks: { HZ10103: [2] }, ...spec });
      exams[key] = exam.id;
    };
    await write('district', '12月上城区业务笔试', { month: '2026-12', orgNodeId: sc });
    await write('city', '1月全市月考', { month: '2027-01' });
    await write('nanxing', '南星营业厅专项考试', { month: '2026-12', orgNodeId: f.hall('HZ-SC-02').id });
    await write('november', '11月上城区业务笔试', { month: '2026-11', orgNodeId: sc });
    await write('cancelled', '12月已取消考试', { month: '2026-12', orgNodeId: sc });
    await f.training.deps.prisma.exam.update({
      where: { id: exams['cancelled'] },
      data: { status: 'CANCELLED' },
    });
    // 西湖区's exam has no candidate of 湖滨: 湖滨's manager cannot see it.
    exams['xihu'] = (
      await writeExam(f, {
        title: '12月西湖区业务笔试',
        kind: 'DISTRICT_WRITTEN',
        questions,
        month: '2026-12',
        orgNodeId: f.district('HZ-XH').id,
        marks: { HZ13001: [2] },
      })
    ).exam.id;
    const plan = await (await f.as('hubin.mgr')).plans.draft({
      orgNodeId: f.hall('HZ-SC-01').id,
      month: '2026-12',
    });
    planId = plan.id;
  }, 120_000);
  afterAll(() => f?.close());

  it('offers the exams for 湖滨 or a unit containing it, in the plan’s month or the month after', async () => {
    const eligible = await (await f.as('hubin.mgr')).plans.eligibleExams({ planId });
    expect(eligible.map((e) => e.title).sort()).toEqual(['12月上城区业务笔试', '1月全市月考']);
    expect(eligible.every((e) => !e.linked)).toBe(true);
  });

  it('links the district’s exam once however often it is linked, and shows it on the plan and in the list', async () => {
    const mgr = await f.as('hubin.mgr');
    const linked = await mgr.plans.linkExam({ planId, examId: exams['district']! });
    expect(linked.map((e) => e.title)).toEqual(['12月上城区业务笔试']);
    await mgr.plans.linkExam({ planId, examId: exams['district']! });
    expect(await links()).toHaveLength(1);
    const plan = await mgr.plans.get({ id: planId });
    expect(plan).toMatchObject({ linksExams: true, exams: [{ id: exams['district'], status: 'PUBLISHED' }] });
    const [row] = await mgr.plans.list({ orgNodeId: f.hall('HZ-SC-01').id, month: '2026-12' });
    expect(row!.exams).toEqual([{ id: exams['district'], title: '12月上城区业务笔试', month: '2026-12' }]);
    expect((await mgr.plans.eligibleExams({ planId })).find((e) => e.id === exams['district'])?.linked).toBe(
      true,
    );
  });

  it.each([
    ['another hall’s exam', 'nanxing', 'training.plans.examNotForUnit'],
    ['last month’s exam', 'november', 'training.plans.examOutsideMonth'],
    ['a cancelled exam', 'cancelled', 'training.plans.examCancelled'],
    ['an exam the manager cannot see', 'xihu', 'training.plans.examNotFound'],
  ])('refuses %s and writes nothing', async (_what, key, refusal) => {
    const before = await links();
    const mgr = await f.as('hubin.mgr');
    expect(await code(mgr.plans.linkExam({ planId, examId: exams[key]! }))).toBe(refusal);
    expect(await links()).toEqual(before);
  });

  it('lets the trainer who runs the exams link one, and nobody else who does not keep the plan', async () => {
    const linked = await (await f.as('trainer')).plans.linkExam({ planId, examId: exams['city']! });
    expect(linked.map((e) => e.title)).toEqual(['12月上城区业务笔试', '1月全市月考']);
    const before = await links();
    for (const [username, refusal] of [
      ['sc.sup', 'training.plans.examLinkDenied'],
      ['nanxing.mgr', 'training.plans.notFound'],
      ['hubin.clerk', 'training.plans.readDenied'],
    ] as const) {
      const caller = await f.as(username);
      expect(await code(caller.plans.unlinkExam({ planId, examId: exams['city']! }))).toBe(refusal);
      expect(await code(caller.plans.eligibleExams({ planId }))).toBe(refusal);
    }
    expect(await links()).toEqual(before);
    const unlinked = await (await f.as('hubin.mgr')).plans.unlinkExam({ planId, examId: exams['city']! });
    expect(unlinked.map((e) => e.title)).toEqual(['12月上城区业务笔试']);
  });

  it('keeps a closed plan’s exams as they were', async () => {
    await f.training.deps.prisma.trainingPlan.update({ where: { id: planId }, data: { status: 'DONE' } });
    const before = await links();
    const mgr = await f.as('hubin.mgr');
    expect(await code(mgr.plans.linkExam({ planId, examId: exams['city']! }))).toBe(
      'training.plans.notEditable',
    );
    expect(await code(mgr.plans.unlinkExam({ planId, examId: exams['district']! }))).toBe(
      'training.plans.notEditable',
    );
    expect(await links()).toEqual(before);
  });
});
