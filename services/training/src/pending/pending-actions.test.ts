// The to-do contract for training (ADR 0018), on the real database: each action appears in the person's
// `training.pending.mine` when it becomes theirs to do, and is gone once it is done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestExam } from '../attempts/test-exam.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';

const MINUTE = 60_000;
const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const doc = (...content: unknown[]) => ({ type: 'doc' as const, content: content as never[] });

describe('training.pending.mine (against PostgreSQL)', () => {
  let f: TrainingFixture;
  const mine = async (username: string, limit = 50) => (await f.as(username)).pending.mine({ limit });
  const idsOf = async (username: string) => (await mine(username)).items.map((a) => a.id);

  beforeAll(async () => {
    f = await trainingFixture();
  }, 120_000);
  afterAll(() => f?.close());

  it('offers an exam while it is open and not handed in, then the trainer its short answers to mark', async () => {
    const opensAt = new Date(f.clock.now.getTime() + 60 * MINUTE);
    const closesAt = new Date(opensAt.getTime() + 120 * MINUTE);
    const { examId } = await createTestExam(f, {
      opensAt,
      closesAt,
      candidates: ['hubin.clerk', 'nanxing.mgr'],
    });
    const take = `training.exam.take.${examId}`;
    expect(await idsOf('hubin.clerk')).not.toContain(take);

    f.clock.now = new Date(opensAt.getTime() + MINUTE);
    expect((await mine('hubin.clerk')).items).toContainEqual({
      id: take,
      area: 'training',
      kind: 'exam.take',
      kindLabel: { 'zh-CN': '参加考试', en: 'Take an exam' },
      title: '上城区 12 月业务笔试',
      orgNodeId: f.district('HZ-SC').id,
      orgName: f.district('HZ-SC').name,
      dueAt: closesAt,
      overdue: false,
      route: { remote: 'training', path: `take/${examId}` },
    });
    expect(await idsOf('hubin.mgr')).not.toContain(take);

    const clerk = await f.as('hubin.clerk');
    const deviceId = 'clerk-phone';
    const { attempt } = await clerk.attempts.start({ examId, deviceId });
    expect(await idsOf('hubin.clerk')).toContain(take);
    await clerk.attempts.save({
      attemptId: attempt.id,
      deviceId,
      slot: 6,
      seq: 1,
      response: { type: 'SHORT_ANSWER', text: '先安抚，再核实账单' },
    });
    const mark = `training.exam.mark.${examId}`;
    expect(await idsOf('trainer')).not.toContain(mark);
    await clerk.attempts.submit({ attemptId: attempt.id, deviceId });
    expect(await idsOf('hubin.clerk')).not.toContain(take);
    expect(await idsOf('nanxing.mgr')).toContain(take);

    expect((await mine('trainer')).items).toContainEqual(
      expect.objectContaining({ id: mark, dueAt: null, route: { remote: 'training', path: 'marking' } }),
    );
    await (await f.as('trainer')).marking.mark({ attemptId: attempt.id, slot: 6, mark: 8 });
    expect(await idsOf('trainer')).not.toContain(mark);

    f.clock.now = closesAt;
    expect(await idsOf('nanxing.mgr')).not.toContain(take);
  });

  it('keeps required reading until it is read to the end, overdue past its deadline', async () => {
    const trainer = await f.as('trainer');
    const point = await f.training.prisma.knowledgePoint.create({
      data: { cityId: f.seeded.cityId, name: '服务规范' },
    });
    const { id: articleId } = await trainer.knowledge.create({
      title: '首问负责制',
      knowledgePointId: point.id,
      content: doc(paragraph('首位接待客户的员工负责到底。')),
    });
    await trainer.knowledge.setStatus({ id: articleId, status: 'PUBLISHED' });
    const deadline = new Date(f.clock.now.getTime() + 2 * 86_400_000);
    const { id: requiredReadingId } = await trainer.knowledge.assign({
      articleId,
      roles: ['clerk'],
      orgNodeIds: [f.hall('HZ-SC-01').id],
      deadline,
    });
    const reading = (await mine('hubin.clerk')).items.find((a) => a.kind === 'reading.required');
    expect(reading).toMatchObject({
      id: `training.reading.required.${requiredReadingId}`,
      title: '首问负责制',
      dueAt: deadline,
      overdue: false,
      route: { remote: 'training', path: `knowledge/${articleId}` },
    });
    expect(await idsOf('nanxing.mgr')).not.toContain(reading!.id);

    f.clock.now = new Date(deadline.getTime() + MINUTE);
    const late = await mine('hubin.clerk');
    expect(late.items[0]).toMatchObject({ id: reading!.id, overdue: true });
    expect(late.overdue).toBe(1);

    const clerk = await f.as('hubin.clerk');
    await clerk.knowledge.recordOpen({ id: articleId });
    expect(await idsOf('hubin.clerk')).toContain(reading!.id);
    await clerk.knowledge.recordFinish({ id: articleId });
    expect(await idsOf('hubin.clerk')).not.toContain(reading!.id);
  });

  it("asks the hall's manager for the conversation (表9) until it is recorded", async () => {
    const { examId } = await createTestExam(f, {
      opensAt: new Date(f.clock.now.getTime() - 120 * MINUTE),
      closesAt: new Date(f.clock.now.getTime() - 60 * MINUTE),
    });
    const clerk = f.seeded.demoPeople['hubin.clerk']!;
    const hubin = f.hall('HZ-SC-01');
    const task = await f.training.prisma.conversationTask.create({
      data: {
        cityId: f.seeded.cityId,
        examId,
        month: '2026-12',
        personId: clerk.id,
        personName: clerk.name,
        staffNo: 'hubin.clerk',
        hallId: hubin.id,
        hallName: hubin.name,
        orgPath: [hubin.id, f.district('HZ-SC').id, f.seeded.cityId],
        score: 8,
        cityMean: 14,
        createdById: f.seeded.demoPeople.trainer!.id,
      },
    });
    const id = `training.conversation.record.${task.id}`;
    expect((await mine('hubin.mgr')).items).toContainEqual(
      expect.objectContaining({
        id,
        title: clerk.name,
        orgName: hubin.name,
        route: { remote: 'training', path: 'conversations' },
      }),
    );
    expect(await idsOf('nanxing.mgr')).not.toContain(id);
    expect(await idsOf('hubin.clerk')).not.toContain(id);
    await (
      await f.as('hubin.mgr')
    ).analysis.completeConversation({ id: task.id, notes: '已谈话，约定补考前复习' });
    expect(await idsOf('hubin.mgr')).not.toContain(id);
  });

  it('answers counts alone when asked for no items', async () => {
    await createTestExam(f, {
      opensAt: new Date(f.clock.now.getTime() - MINUTE),
      closesAt: new Date(f.clock.now.getTime() + 60 * MINUTE),
      candidates: ['hubin.duty'],
    });
    expect(await mine('hubin.duty', 0)).toEqual({ items: [], total: 1, overdue: 0 });
    expect(await mine('hr')).toEqual({ items: [], total: 0, overdue: 0 });
  });
});
