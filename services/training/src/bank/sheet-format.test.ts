import type { QuestionContent } from '@duda/contract-training';
import { describe, expect, it } from 'vitest';
import { parseRow, questionRow, SHEET_HEADERS } from './sheet-format.ts';

const paths = new Map([
  ['业务知识/携号转网', '7d3c1f52-8a1e-4c55-9a4e-2f1b1c6a0001'],
  ['服务规范/首问负责', '7d3c1f52-8a1e-4c55-9a4e-2f1b1c6a0002'],
]);

const common = {
  knowledgePointId: '7d3c1f52-8a1e-4c55-9a4e-2f1b1c6a0001',
  businessLine: 'MOBILE' as const,
  difficulty: 3,
  points: 2,
  source: '携号转网业务规范',
  tags: ['携号转网', '高频'],
};

const questions: QuestionContent[] = [
  {
    ...common,
    stem: '携号转网授权码的有效期是多少天？',
    body: {
      type: 'SINGLE_CHOICE',
      options: [
        { id: 'A', text: '7 天' },
        { id: 'B', text: '15 天' },
      ],
    },
    key: { type: 'SINGLE_CHOICE', correct: 'A' },
  },
  {
    ...common,
    stem: '办理携号转网须满足哪些条件？',
    body: {
      type: 'MULTIPLE_CHOICE',
      options: [
        { id: 'A', text: '已实名登记' },
        { id: 'B', text: '无欠费' },
        { id: 'C', text: '在网满一年' },
      ],
    },
    key: { type: 'MULTIPLE_CHOICE', correct: ['A', 'B'] },
  },
  {
    ...common,
    stem: '携号转网后原号码的积分可以带走。',
    body: { type: 'TRUE_FALSE' },
    key: { type: 'TRUE_FALSE', correct: false },
  },
  {
    ...common,
    stem: '查询携号转网资格须发送短信 ____ 至 ____。',
    body: { type: 'FILL_IN', blanks: 2 },
    key: { type: 'FILL_IN', blanks: [['CXXZ#姓名#证件号码', 'CXXZ'], ['10086']], caseSensitive: false },
  },
  {
    ...common,
    stem: '查询已订购业务的短信指令是 ____。',
    body: { type: 'FILL_IN', blanks: 1 },
    key: { type: 'FILL_IN', blanks: [['0000']], caseSensitive: true },
  },
  {
    ...common,
    stem: '将服务场景与正确做法匹配',
    body: {
      type: 'MATCHING',
      prompts: [
        { id: '1', text: '客户排队超过 15 分钟' },
        { id: '2', text: '客户投诉' },
      ],
      choices: [
        { id: 'A', text: '首问负责，记录并跟进' },
        { id: 'B', text: '启动应急预案，增开窗口' },
        { id: 'C', text: '请客户改日再来' },
      ],
    },
    key: { type: 'MATCHING', pairs: { '1': 'B', '2': 'A' } },
  },
  {
    ...common,
    stem: '简述携号转网的办理流程。',
    body: { type: 'SHORT_ANSWER', rubric: '资格查询（2 分）；获取授权码（2 分）；携入方办理（1 分）' },
    key: { type: 'SHORT_ANSWER', reference: '发送短信查询资格，获取授权码后到携入方营业厅办理。' },
  },
];

const cellsOf = (values: Record<string, string>) => SHEET_HEADERS.map((h) => values[h] ?? '');

describe('the bank sheet', () => {
  it.each(questions.map((q) => [q.body.type, q] as const))(
    'reads back a %s question as it was written',
    (_, q) => {
      const row = questionRow(q, '业务知识/携号转网');
      expect(parseRow(row, paths)).toEqual({ content: q });
    },
  );

  it('letters options by position and maps the key to those letters', () => {
    const row = questionRow(
      {
        ...questions[1]!,
        body: {
          type: 'MULTIPLE_CHOICE',
          options: [
            { id: 'x', text: '甲' },
            { id: 'y', text: '乙' },
            { id: 'z', text: '丙' },
          ],
        },
        key: { type: 'MULTIPLE_CHOICE', correct: ['z', 'x'] },
      },
      '业务知识/携号转网',
    );
    expect(row[SHEET_HEADERS.indexOf('答案')]).toBe('A,C');
  });

  it('accepts the usual ways of writing answers, types and business lines', () => {
    const base = {
      题型: '多选题',
      知识点: ' 服务规范 / 首问负责 ',
      业务线: '服务规范',
      难度: '2',
      题干: '哪些正确？',
      选项A: '甲',
      选项B: '乙',
      选项C: '丙',
    };
    for (const answer of ['A,C', 'A，C', 'A、C', 'AC', 'ａ c'])
      expect(parseRow(cellsOf({ ...base, 答案: answer }), paths).content?.key, answer).toEqual({
        type: 'MULTIPLE_CHOICE',
        correct: ['A', 'C'],
      });
    const tf = parseRow(cellsOf({ ...base, 题型: 'TRUE_FALSE', 答案: '√' }), paths).content;
    expect(tf).toMatchObject({
      key: { correct: true },
      knowledgePointId: '7d3c1f52-8a1e-4c55-9a4e-2f1b1c6a0002',
      businessLine: 'SERVICE_STANDARD',
      points: 1,
    });
  });

  it.each<[string, Record<string, string>, string, string]>([
    ['an unknown type', { 题型: '论述题' }, '题型', 'rowTypeUnknown'],
    ['an unknown knowledge point', { 知识点: '业务知识/不存在' }, '知识点', 'rowKnowledgePointUnknown'],
    ['an unknown business line', { 业务线: '彩铃' }, '业务线', 'rowBusinessLineUnknown'],
    ['a difficulty of 6', { 难度: '6' }, '难度', 'rowDifficulty'],
    ['a difficulty that is no number', { 难度: '难' }, '难度', 'rowDifficulty'],
    ['no answer', { 答案: '' }, '答案', 'rowAnswerRequired'],
    ['two answers to a single choice', { 答案: 'A,B' }, '答案', 'rowSingleAnswer'],
    ['an answer naming no option', { 答案: 'D' }, '答案', 'keyUnknownOption'],
    ['one option only', { 选项B: '' }, '选项A', 'tooFewOptions'],
    ['an empty stem', { 题干: ' ' }, '题干', 'stemRequired'],
  ])('refuses %s, naming the column', (_, change, column, code) => {
    const row = cellsOf({
      题型: '单选题',
      知识点: '业务知识/携号转网',
      业务线: '移动业务',
      难度: '2',
      题干: '题',
      选项A: '甲',
      选项B: '乙',
      答案: 'A',
      ...change,
    });
    const { problem } = parseRow(row, paths);
    expect(problem?.column).toBe(column);
    expect(problem?.error.code).toMatch(new RegExp(`\\.${code}$`));
  });

  it('refuses a fill-in whose answer has fewer blanks than the stem marks', () => {
    const row = cellsOf({
      题型: '填空题',
      知识点: '业务知识/携号转网',
      业务线: '移动业务',
      难度: '2',
      题干: '____ 与 ____',
      答案: '甲',
    });
    expect(parseRow(row, paths).problem).toMatchObject({
      column: '题干',
      error: { code: 'training.bank.blanksMismatchStem' },
    });
  });
});
