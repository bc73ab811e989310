// 口试选题 against a real database: the trainer's bank on the small organisation; 湖滨's manager and 上城区's supervisor
// (who record oral exams) search it by stem words or knowledge point and get stems and options only — no key, no
// rubric, and no way to find a question by words of its key; those who do not record are refused.
import type { QuestionContent } from '@duda/contract-training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';

let f: TrainingFixture;
const ids: Record<string, string> = {};

const code = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: { cause?: { code?: string } }) => error.cause?.code,
  );

const base = { businessLine: 'MOBILE' as const, difficulty: 2, source: '', tags: [], points: 1 };

beforeAll(async () => {
  f = await trainingFixture();
  const trainer = await f.as('trainer');
  const top = await trainer.bank.knowledgePoints.create({ parentId: null, name: '业务知识' });
  const fees = await trainer.bank.knowledgePoints.create({ parentId: top.id, name: '套餐资费' });
  const service = await trainer.bank.knowledgePoints.create({ parentId: null, name: '服务规范' });
  const questions: Record<string, QuestionContent> = {
    choice: {
      ...base,
      knowledgePointId: fees.id,
      stem: '5G 畅享套餐 129 元档包含多少国内通用流量？',
      body: {
        type: 'SINGLE_CHOICE',
        options: [
          { id: 'A', text: '30GB' },
          { id: 'B', text: '60GB' },
        ],
      },
      key: { type: 'SINGLE_CHOICE', correct: 'B' },
    },
    short: {
      ...base,
      knowledgePointId: service.id,
      stem: '客户投诉网络信号差时，首问负责人应如何处理？',
      body: { type: 'SHORT_ANSWER', rubric: '评分要点：致歉安抚、登记工单、承诺回访时限' },
      key: { type: 'SHORT_ANSWER', reference: '参考答案：先致歉并安抚，登记投诉工单，48 小时内回访' },
    },
    retired: {
      ...base,
      knowledgePointId: fees.id,
      stem: '旧版套餐资费的退订规则',
      body: { type: 'TRUE_FALSE' },
      key: { type: 'TRUE_FALSE', correct: true },
    },
  };
  for (const [name, content] of Object.entries(questions))
    ids[name] = (await trainer.bank.questions.create(content)).id;
  await trainer.bank.questions.retire({ id: ids['retired']! });
});
afterAll(() => f.close());

describe('oral exam questions from the bank', () => {
  it('finds questions by knowledge point (with the points below it) for the hall manager, options but no key', async () => {
    const found = await (await f.as('hubin.mgr')).skills.oralQuestions({ q: '业务知识' });
    expect(found.items).toEqual([
      {
        id: ids['choice'],
        type: 'SINGLE_CHOICE',
        difficulty: 2,
        knowledgePoint: '业务知识/套餐资费',
        stem: '5G 畅享套餐 129 元档包含多少国内通用流量？',
        body: {
          type: 'SINGLE_CHOICE',
          options: [
            { id: 'A', text: '30GB' },
            { id: 'B', text: '60GB' },
          ],
        },
      },
    ]);
    expect(JSON.stringify(found)).not.toContain('correct');
  });

  it('finds a short answer by its stem and type for the district supervisor, without rubric or reference', async () => {
    const sc = await f.as('sc.sup');
    const found = await sc.skills.oralQuestions({ q: '首问负责', type: 'SHORT_ANSWER' });
    expect(found.items.map((q) => q.id)).toEqual([ids['short']]);
    expect(found.items[0]!.body).toEqual({ type: 'SHORT_ANSWER' });
    const all = JSON.stringify(await sc.skills.oralQuestions({}));
    expect(all).not.toContain('评分要点');
    expect(all).not.toContain('参考答案');
    expect((await sc.skills.oralQuestions({ type: 'SINGLE_CHOICE' })).items.map((q) => q.id)).toEqual([
      ids['choice'],
    ]);
  });

  it('never matches words of a key or a rubric, nor a retired question', async () => {
    const mgr = await f.as('hubin.mgr');
    expect((await mgr.skills.oralQuestions({ q: '48 小时内回访' })).total).toBe(0);
    expect((await mgr.skills.oralQuestions({ q: '承诺回访时限' })).total).toBe(0);
    expect((await mgr.skills.oralQuestions({ q: '退订规则' })).total).toBe(0);
  });

  it('answers only those who record oral exams', async () => {
    for (const username of ['hubin.clerk', 'trainer', 'hr'])
      expect(await code((await f.as(username)).skills.oralQuestions({}))).toBe(
        'training.skills.recordDenied',
      );
  });

  it('keeps a picked question as its id and the stem shown', async () => {
    const mgr = await f.as('hubin.mgr');
    const clerk = f.seeded.demoPeople['hubin.clerk']!.id;
    const asked = [
      { text: '5G 畅享套餐 129 元档包含多少国内通用流量？', questionId: ids['choice']! },
      { text: '介绍一下本厅的宽带新装流程' },
    ];
    await mgr.skills.oralRecord({ personId: clerk, heldOn: '2026-11-23', questions: asked, score: 90 });
    const [recorded] = (await mgr.skills.oralList({ personId: clerk })).items;
    expect(recorded!.questions).toEqual([asked[0], { ...asked[1], questionId: null }]);
  });
});
