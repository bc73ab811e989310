import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { drawableQuestions, markVersionsUsed } from './drawable.ts';
import { fillIn, singleChoice } from './test-support.ts';

type Caller = Awaited<ReturnType<TrainingFixture['as']>>;

describe('the question bank (against PostgreSQL)', () => {
  let f: TrainingFixture;
  let trainer: Caller;
  let business: string;
  let fees: string;
  let transfer: string;
  let service: string;

  beforeAll(async () => {
    f = await trainingFixture();
    trainer = await f.as('trainer');
    const kp = trainer.bank.knowledgePoints;
    business = (await kp.create({ parentId: null, name: '业务知识' })).id;
    service = (await kp.create({ parentId: null, name: '服务规范' })).id;
    fees = (await kp.create({ parentId: business, name: '套餐资费' })).id;
    transfer = (await kp.create({ parentId: business, name: '携号转网' })).id;
  });
  afterAll(() => f.close());

  describe('the knowledge-point tree', () => {
    it('lists the tree in order with paths', async () => {
      const tree = await trainer.bank.knowledgePoints.tree();
      expect(tree.map((n) => n.name)).toEqual(['业务知识', '服务规范']);
      expect(tree[0]!.children.map((n) => n.path)).toEqual(['业务知识/套餐资费', '业务知识/携号转网']);
    });

    it('refuses a second name among siblings, also at the top level', async () => {
      const kp = trainer.bank.knowledgePoints;
      await expect(kp.create({ parentId: null, name: '服务规范' })).rejects.toMatchObject({
        cause: expect.objectContaining({ code: 'training.bank.knowledgePointNameTaken' }),
      });
      await expect(kp.rename({ id: fees, name: '携号转网' })).rejects.toMatchObject({ code: 'CONFLICT' });
    });

    it('moves and reorders, and refuses moving a node below itself', async () => {
      const kp = trainer.bank.knowledgePoints;
      await kp.move({ id: transfer, parentId: business, position: 0 });
      let tree = await kp.tree();
      expect(tree[0]!.children.map((n) => n.name)).toEqual(['携号转网', '套餐资费']);
      await kp.move({ id: service, parentId: null, position: 0 });
      tree = await kp.tree();
      expect(tree.map((n) => n.name)).toEqual(['服务规范', '业务知识']);
      await expect(kp.move({ id: business, parentId: fees, position: 0 })).rejects.toMatchObject({
        cause: expect.objectContaining({ code: 'training.bank.knowledgePointCycle', field: 'parentId' }),
      });
    });

    it('answers a question or a child added while the knowledge point is deleted with a clear refusal', async () => {
      for (let i = 0; i < 6; i++) {
        const { id } = await trainer.bank.knowledgePoints.create({ parentId: null, name: `临时知识点${i}` });
        const outcomes = await Promise.allSettled([
          i % 2 === 0
            ? trainer.bank.questions.create(singleChoice(id, `临时题目${i}`))
            : trainer.bank.knowledgePoints.create({ parentId: id, name: `临时知识点${i}下级` }),
          trainer.bank.knowledgePoints.delete({ id }),
        ]);
        const codes = outcomes.map((o) =>
          o.status === 'fulfilled' ? 'ok' : (o.reason as { code: string }).code,
        );
        // One of the two wins; the other is refused as in use (the question came first) or not found (the delete did).
        expect(
          codes.filter((c) => c === 'ok'),
          codes.join(),
        ).toHaveLength(1);
        expect(
          codes.filter((c) => c === 'CONFLICT' || c === 'NOT_FOUND'),
          codes.join(),
        ).toHaveLength(1);
      }
      await f.training.prisma.question.deleteMany({
        where: { versions: { some: { stem: { startsWith: '临时题目' } } } },
      });
      await f.training.prisma.knowledgePoint.deleteMany({ where: { name: { endsWith: '下级' } } });
      await f.training.prisma.knowledgePoint.deleteMany({ where: { name: { startsWith: '临时知识点' } } });
    });

    it('deletes only an empty node', async () => {
      const kp = trainer.bank.knowledgePoints;
      const empty = (await kp.create({ parentId: service, name: '临时' })).id;
      await kp.delete({ id: empty });
      await expect(kp.delete({ id: business })).rejects.toMatchObject({
        cause: expect.objectContaining({
          code: 'training.bank.knowledgePointInUse',
          params: { questions: 0, children: 2 },
        }),
      });
      await trainer.bank.questions.create(singleChoice(service, '首问负责制的“首问”指谁？'));
      await expect(kp.delete({ id: service })).rejects.toMatchObject({
        cause: expect.objectContaining({ params: { questions: 1, children: 0 } }),
      });
    });
  });

  describe('questions', () => {
    it('creates, reads with the key, and refuses content that breaks the rules', async () => {
      const { id } = await trainer.bank.questions.create(fillIn(fees));
      const question = await trainer.bank.questions.get({ id });
      expect(question).toMatchObject({
        type: 'FILL_IN',
        version: 1,
        knowledgePointPath: '业务知识/套餐资费',
      });
      expect(question.key).toEqual({
        type: 'FILL_IN',
        blanks: [['监护人'], ['户口簿', '户口本']],
        caseSensitive: false,
      });
      await expect(
        trainer.bank.questions.create({ ...fillIn(fees), stem: '只有一个空 ____' }),
      ).rejects.toMatchObject({
        cause: expect.objectContaining({ code: 'training.bank.blanksMismatchStem', field: 'stem' }),
      });
    });

    it('edits in place until an attempt uses the version, then makes a new version', async () => {
      const q = trainer.bank.questions;
      const { id } = await q.create(singleChoice(transfer));
      const first = await q.update({ id, ...singleChoice(transfer), stem: '携号转网授权码有效期为几天？' });
      expect(first).toMatchObject({ version: 1, edit: 'IN_PLACE' });

      const [drawn] = await drawableQuestions(f.training, { cityId: f.seeded.cityId, questionIds: [id] });
      await markVersionsUsed({ prisma: f.training.prisma, now: () => f.clock.now }, [drawn!.versionId]);
      const second = await q.update({
        id,
        ...singleChoice(transfer),
        key: { type: 'SINGLE_CHOICE', correct: 'B' },
      });
      expect(second).toMatchObject({ version: 2, edit: 'NEW_VERSION' });
      const unchanged = await q.update({
        id,
        ...singleChoice(transfer),
        key: { type: 'SINGLE_CHOICE', correct: 'B' },
        difficulty: 5,
      });
      expect(unchanged).toMatchObject({ version: 2, edit: 'UNCHANGED' });

      const versions = await q.versions({ id });
      expect(versions.map((v) => [v.version, v.current, v.stem])).toEqual([
        [2, true, '携号转网授权码的有效期是多少天？'],
        [1, false, '携号转网授权码有效期为几天？'],
      ]);
      expect(versions[1]!.key).toEqual({ type: 'SINGLE_CHOICE', correct: 'A' });
      expect((await q.get({ id })).difficulty).toBe(5);
    });

    it('takes edits sent at the same moment one after the other', async () => {
      const q = trainer.bank.questions;
      const { id } = await q.create(singleChoice(transfer, '携号转网授权码怎样获取？'));
      const [drawn] = await drawableQuestions(f.training, { cityId: f.seeded.cityId, questionIds: [id] });
      await markVersionsUsed({ prisma: f.training.prisma, now: () => f.clock.now }, [drawn!.versionId]);
      const edits = await Promise.all(
        [1, 2, 3, 4].map((n) =>
          q.update({ id, ...singleChoice(transfer, `携号转网授权码怎样获取？（${n}）`) }),
        ),
      );
      expect(edits.map((e) => e.edit).sort()).toEqual(['IN_PLACE', 'IN_PLACE', 'IN_PLACE', 'NEW_VERSION']);
      expect((await q.versions({ id })).map((v) => v.version)).toEqual([2, 1]);
    });

    it('treats a version an attempt drew as used even when usedAt was not set', async () => {
      const q = trainer.bank.questions;
      const { id } = await q.create(singleChoice(transfer, '办理携号转网需发送什么短信查询资格？'));
      const [drawn] = await drawableQuestions(f.training, { cityId: f.seeded.cityId, questionIds: [id] });
      await attemptDrawing(f, drawn!.versionId, id);
      const edit = await q.update({
        id,
        ...singleChoice(transfer, '办理携号转网前应发送什么短信查询资格？'),
      });
      expect(edit).toMatchObject({ version: 2, edit: 'NEW_VERSION' });
    });

    it('refuses changing the type of a question', async () => {
      const { id } = await trainer.bank.questions.create(singleChoice(transfer, '类型测试'));
      await expect(trainer.bank.questions.update({ id, ...fillIn(transfer) })).rejects.toMatchObject({
        cause: expect.objectContaining({ code: 'training.bank.typeChangeRefused' }),
      });
    });

    it('lists with filters, the knowledge point with its subtree, search in the current stem, and pages', async () => {
      const q = trainer.bank.questions;
      const list = (filter: Parameters<Caller['bank']['questions']['list']>[0]) => q.list(filter);
      const all = await list({});
      expect(all.total).toBeGreaterThanOrEqual(5);
      const underBusiness = await list({ knowledgePointId: business });
      expect(underBusiness.items.every((i) => i.knowledgePointPath.startsWith('业务知识/'))).toBe(true);
      expect(underBusiness.total).toBe(all.total - 1);
      expect((await list({ type: 'FILL_IN' })).items.map((i) => i.type)).toEqual(['FILL_IN']);
      expect((await list({ businessLine: 'COUNTER_STANDARD', difficulty: 4, tag: '实名制' })).total).toBe(1);
      expect((await list({ search: '有效期为几天' })).total).toBe(0);
      expect((await list({ search: '有效期是多少' })).total).toBe(1);
      expect((await list({ search: '100%_' })).total).toBe(0);
      const page = await list({ page: 2, pageSize: 2 });
      expect(page.items).toHaveLength(2);
      expect(page.items[0]!.id).toBe(all.items[2]!.id);
    });

    it('retires and restores; retired questions are not drawn', async () => {
      const q = trainer.bank.questions;
      const { id } = await q.create(singleChoice(fees, '5G 畅享套餐 128 元档包含多少通用流量？'));
      await q.retire({ id });
      await q.retire({ id });
      expect((await q.list({ retired: true })).items.map((i) => i.id)).toEqual([id]);
      expect(await drawableQuestions(f.training, { cityId: f.seeded.cityId, questionIds: [id] })).toEqual([]);
      await q.restore({ id });
      const [drawn] = await drawableQuestions(f.training, {
        cityId: f.seeded.cityId,
        knowledgePointIds: [business],
        questionIds: [id],
      });
      expect(drawn).toMatchObject({
        questionId: id,
        type: 'SINGLE_CHOICE',
        points: 2,
        optionIds: ['A', 'B', 'C'],
      });
    });
  });

  it('shows facility and discrimination from submitted, marked attempts', async () => {
    const q = trainer.bank.questions;
    const { id } = await q.create(singleChoice(fees, '统计测试：套餐变更何时生效？'));
    const [drawn] = await drawableQuestions(f.training, { cityId: f.seeded.cityId, questionIds: [id] });
    // Right, with high totals; wrong, with low ones: it discriminates. One attempt still in progress is left out.
    for (const [mark, score] of [
      [2, 9],
      [2, 8],
      [0, 3],
      [0, 2],
    ] as const)
      await attemptDrawing(f, drawn!.versionId, id, { mark, score });
    await attemptDrawing(f, drawn!.versionId, id);
    const [row] = (await q.list({ search: '统计测试' })).items;
    expect(row).toMatchObject({ answered: 4, facility: 0.5 });
    expect(row!.discrimination).toBeGreaterThan(80);
  });

  it('keeps the bank from everyone but the trainer', async () => {
    const { id } = await trainer.bank.questions.create(singleChoice(fees, '权限测试'));
    for (const username of ['sc.sup', 'hubin.mgr', 'hubin.clerk', 'leader', 'hr']) {
      const caller = await f.as(username);
      await expect(caller.bank.questions.get({ id }), username).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(caller.bank.questions.list({}), username).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(caller.bank.knowledgePoints.tree(), username).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});

/** An attempt whose draw names the version, as the attempts side writes it. */
async function attemptDrawing(
  f: TrainingFixture,
  versionId: string,
  questionId: string,
  submitted?: { mark: number; score: number },
) {
  const prisma = f.training.prisma;
  const trainer = f.seeded.demoPeople.trainer!;
  const paper = await prisma.paper.create({
    data: { cityId: f.seeded.cityId, title: '测试卷', kind: 'FIXED', createdById: trainer.id },
  });
  const exam = await prisma.exam.create({
    data: {
      cityId: f.seeded.cityId,
      orgNodeId: f.seeded.cityId,
      orgName: '杭州市',
      title: '测试考试',
      kind: 'PRACTICE',
      month: '2026-12',
      paperId: paper.id,
      target: {},
      opensAt: f.clock.now,
      closesAt: f.clock.now,
      timeLimitMinutes: 30,
      passMark: 60,
      createdById: trainer.id,
    },
  });
  await prisma.examAttempt.create({
    data: {
      examId: exam.id,
      personId: crypto.randomUUID(),
      attemptNo: 1,
      ...(submitted
        ? {
            status: 'SUBMITTED' as const,
            score: submitted.score,
            answers: {
              create: {
                slot: 1,
                response: { type: 'SINGLE_CHOICE', choice: 'A' },
                seq: 1,
                savedAt: f.clock.now,
                mark: submitted.mark,
              },
            },
          }
        : {}),
      draw: { seed: 's', slots: [{ slot: 1, questionId, versionId, type: 'SINGLE_CHOICE', points: 2 }] },
      startedAt: f.clock.now,
      deadlineAt: f.clock.now,
      deviceId: 'd',
      maxScore: 10,
    },
  });
}
