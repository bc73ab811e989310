import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { writeTestBank, type TestBank } from './test-bank.ts';

describe('papers (试卷)', () => {
  let f: TrainingFixture;
  let bank: TestBank;
  beforeAll(async () => {
    f = await trainingFixture();
    bank = await writeTestBank(f.training.prisma, f.seeded.cityId, f.seeded.demoPeople['trainer']!.id, [
      { point: 'root', type: 'TRUE_FALSE', difficulty: 1, n: 3 },
      { point: 'portability', type: 'SINGLE_CHOICE', difficulty: 3, n: 4 },
      { point: 'portability', type: 'MULTIPLE_CHOICE', difficulty: 2, n: 2 },
      { point: 'tariffs', type: 'SINGLE_CHOICE', difficulty: 3, n: 5 },
    ]);
  });
  afterAll(() => f.close());

  const cause = (code: string, field?: string) => ({
    cause: expect.objectContaining({ code, ...(field ? { field } : {}) }),
  });

  it('says which rule the bank cannot satisfy, refuses to publish it, and publishes once it can', async () => {
    const trainer = await f.as('trainer');
    const rules = [
      { knowledgePointId: bank.root, count: 3, points: 2 },
      {
        knowledgePointId: bank.portability,
        difficulty: 3,
        type: 'SINGLE_CHOICE' as const,
        count: 6,
        points: 3,
      },
    ];
    const check = await trainer.papers.check({ rules });
    expect(check.totalPoints).toBe(24);
    expect(check.problems).toEqual([
      {
        field: 'rules.1.count',
        message: expect.objectContaining({ code: 'training.papers.ruleTooFew' }),
      },
    ]);
    const { id } = await trainer.papers.create({ kind: 'RANDOM', title: '12 月业务知识月考卷', rules });
    await expect(trainer.papers.publish({ id })).rejects.toMatchObject(
      cause('training.papers.unsatisfiable', 'rules'),
    );
    await expect(trainer.papers.publish({ id })).rejects.toThrow(
      '规则 2：知识点「携号转网」难度 3 的单选题只有 4 道，需要 6 道。',
    );
    expect((await trainer.papers.get({ id })).status).toBe('DRAFT');

    // The parent point (14 questions) and its child (4 single-choice of difficulty 3) cannot share questions.
    const overlapping = [
      { knowledgePointId: bank.root, count: 12, points: 2 },
      {
        knowledgePointId: bank.portability,
        difficulty: 3,
        type: 'SINGLE_CHOICE' as const,
        count: 4,
        points: 3,
      },
    ];
    const [overlap] = (await trainer.papers.check({ rules: overlapping })).problems;
    expect(overlap!.message).toMatchObject({
      code: 'training.papers.ruleOverlap',
      params: expect.objectContaining({ rule: 2, possible: 2, needed: 4, others: '1' }),
    });

    const fitting = [rules[0]!, { ...rules[1]!, count: 4 }];
    await trainer.papers.update({ id, title: '12 月业务知识月考卷', rules: fitting });
    const detail = await trainer.papers.get({ id });
    expect(detail).toMatchObject({ totalPoints: 18, shortfalls: [], can: { publish: true } });
    expect(detail.rules[1]).toMatchObject({ knowledgePointName: '携号转网', count: 4 });
    await trainer.papers.publish({ id });
    await expect(trainer.papers.update({ id, title: '改', rules })).rejects.toMatchObject(
      cause('training.papers.notADraft'),
    );
    const copy = await trainer.papers.copy({ id });
    expect(await trainer.papers.get({ id: copy.id })).toMatchObject({
      status: 'DRAFT',
      title: '12 月业务知识月考卷（副本）',
      totalPoints: 18,
    });
  });

  it('previews a draw as an examinee sees it: the same seed draws the same, no answer key', async () => {
    const trainer = await f.as('trainer');
    const { id } = await trainer.papers.create({
      kind: 'RANDOM',
      title: '预览卷',
      rules: [{ knowledgePointId: bank.tariffs, count: 3, points: 5 }],
    });
    const first = await trainer.papers.preview({ id, seed: 'abc' });
    expect(first.totalPoints).toBe(15);
    expect(first.slots).toHaveLength(3);
    expect(first.slots[0]!.body).toMatchObject({ type: 'SINGLE_CHOICE' });
    expect(await trainer.papers.preview({ id, seed: 'abc' })).toEqual(first);
    expect(JSON.stringify(first)).not.toMatch(/answerKey|correct/);
  });

  it('keeps a fixed paper to questions of the bank, once each', async () => {
    const trainer = await f.as('trainer');
    const [a, b] = bank.questions['tariffs/SINGLE_CHOICE/3']!;
    const slots = [
      { questionId: a!, points: 5 },
      { questionId: b!, points: 5 },
      { questionId: a!, points: 5 },
    ];
    await expect(trainer.papers.create({ kind: 'FIXED', title: '固定卷', slots })).rejects.toMatchObject(
      cause('training.papers.duplicateQuestion', 'slots.2.questionId'),
    );
    const { id } = await trainer.papers.create({ kind: 'FIXED', title: '固定卷', slots: slots.slice(0, 2) });
    await trainer.papers.publish({ id });
    const preview = await trainer.papers.preview({ id, seed: 'x' });
    expect(preview.slots.map((s) => s.points)).toEqual([5, 5]);
    await trainer.papers.retire({ id });
    const list = await trainer.papers.list({ status: 'RETIRED' });
    expect(list.items.map((p) => [p.title, p.questionCount, p.totalPoints])).toEqual([['固定卷', 2, 10]]);
  });

  it('refuses a publish with no questions, and papers to anyone but the trainer', async () => {
    const trainer = await f.as('trainer');
    const { id } = await trainer.papers.create({ kind: 'FIXED', title: '空卷' });
    await expect(trainer.papers.publish({ id })).rejects.toMatchObject(
      cause('training.papers.slotsRequired'),
    );
    for (const user of ['sc.sup', 'hubin.mgr', 'hubin.clerk']) {
      const caller = await f.as(user);
      await expect(caller.papers.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(caller.papers.get({ id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(caller.papers.create({ kind: 'FIXED', title: 'x' })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});
