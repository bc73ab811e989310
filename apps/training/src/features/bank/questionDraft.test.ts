import { questionContent, validateQuestion, type QuestionContent } from '@duda/contract-training';
import { describe, expect, it } from 'vitest';
import {
  contentOf,
  draftOf,
  draftProblem,
  emptyDraft,
  markCorrect,
  removeChoice,
  syncBlanks,
} from './questionDraft.ts';

const kp = '7d3c1f52-8a1e-4c55-9a4e-2f1b1c6a0001';
const meta = {
  knowledgePointId: kp,
  businessLine: 'MOBILE' as const,
  difficulty: 2,
  points: 2,
  source: '',
  tags: ['携号转网'],
};

const stored: QuestionContent[] = [
  {
    ...meta,
    stem: '授权码有效期？',
    body: {
      type: 'SINGLE_CHOICE',
      options: [
        { id: 'A', text: '7 天' },
        { id: 'B', text: '15 天' },
      ],
    },
    key: { type: 'SINGLE_CHOICE', correct: 'B' },
  },
  {
    ...meta,
    stem: '须满足？',
    body: {
      type: 'MULTIPLE_CHOICE',
      options: [
        { id: 'A', text: '实名' },
        { id: 'B', text: '无欠费' },
        { id: 'C', text: '满十年' },
      ],
    },
    key: { type: 'MULTIPLE_CHOICE', correct: ['A', 'B'] },
  },
  {
    ...meta,
    stem: '积分可携带。',
    body: { type: 'TRUE_FALSE' },
    key: { type: 'TRUE_FALSE', correct: false },
  },
  {
    ...meta,
    stem: '发送 ____ 至 ____',
    body: { type: 'FILL_IN', blanks: 2 },
    key: { type: 'FILL_IN', blanks: [['CXXZ', 'cxxz#姓名'], ['10086']], caseSensitive: true },
  },
  {
    ...meta,
    stem: '请匹配',
    body: {
      type: 'MATCHING',
      prompts: [
        { id: '1', text: '第一步' },
        { id: '2', text: '第二步' },
      ],
      choices: [
        { id: 'A', text: '查询资格' },
        { id: 'B', text: '获取授权码' },
        { id: 'C', text: '注销' },
      ],
    },
    key: { type: 'MATCHING', pairs: { '1': 'A', '2': 'B' } },
  },
  {
    ...meta,
    stem: '简述流程',
    body: { type: 'SHORT_ANSWER', rubric: '查询（2 分）' },
    key: { type: 'SHORT_ANSWER', reference: '先查询' },
  },
];

describe('the question editor model', () => {
  it.each(stored.map((q) => [q.body.type, q] as const))(
    'edits a %s question and gives it back unchanged',
    (_, q) => {
      expect(contentOf(draftOf({ ...q, type: q.body.type }))).toEqual(q);
    },
  );

  it('letters options by position, so removing one relabels the rest and keeps the marks', () => {
    const draft = draftOf({ ...stored[1]!, type: 'MULTIPLE_CHOICE' });
    draft.options.splice(0, 1);
    expect(contentOf(draft).key).toEqual({ type: 'MULTIPLE_CHOICE', correct: ['A'] });
    expect(contentOf(draft).body).toMatchObject({
      options: [
        { id: 'A', text: '无欠费' },
        { id: 'B', text: '满十年' },
      ],
    });
  });

  it('keeps one correct option on a single choice', () => {
    const draft = emptyDraft('SINGLE_CHOICE');
    markCorrect(draft, 0);
    markCorrect(draft, 2);
    expect(draft.options.map((o) => o.correct)).toEqual([false, false, true, false]);
  });

  it('gives a fill-in as many answer fields as the stem marks blanks', () => {
    const draft = emptyDraft('FILL_IN');
    draft.stem = '____ 和 ____';
    syncBlanks(draft);
    draft.blanks[0] = '甲/甲方';
    draft.stem = '____ 和 ____ 和 ____';
    syncBlanks(draft);
    expect(draft.blanks).toEqual(['甲/甲方', '', '']);
  });

  it('asks for the key, the knowledge point and the business line before the contract judges the content', () => {
    const draft = emptyDraft('SINGLE_CHOICE');
    draft.stem = '题';
    draft.options = [
      { text: '甲', correct: false },
      { text: '乙', correct: false },
    ];
    expect(draftProblem(draft)).toBe('knowledgePoint');
    draft.knowledgePointId = kp;
    expect(draftProblem(draft)).toBe('businessLine');
    draft.businessLine = 'MOBILE';
    expect(draftProblem(draft)).toBe('answer');
    markCorrect(draft, 1);
    expect(draftProblem(draft)).toBeNull();
    expect(() => validateQuestion(questionContent.parse(contentOf(draft)))).not.toThrow();
  });

  it('unpairs the items of a removed matching choice and keeps the others paired', () => {
    const draft = draftOf({ ...stored[4]!, type: 'MATCHING' });
    removeChoice(draft, 0);
    expect(draft.prompts.map((p) => p.choice)).toEqual([null, 0]);
    expect(contentOf(draft).key).toEqual({ type: 'MATCHING', pairs: { '2': 'A' } });
  });

  it('wants a marked blank in a fill-in stem', () => {
    const draft = Object.assign(emptyDraft('FILL_IN', kp), { businessLine: 'MOBILE', stem: '没有空' });
    syncBlanks(draft);
    expect(draftProblem(draft)).toBe('noBlanks');
  });
});
