import { describe, expect, it } from 'vitest';
import { bankInputs, questionContent, validateQuestion } from './bank.ts';
import type { QuestionBody, QuestionKey } from './questions.ts';

const options = [
  { id: 'A', text: '10 元' },
  { id: 'B', text: '20 元' },
  { id: 'C', text: '30 元' },
];

const refused = (stem: string, body: QuestionBody, key: QuestionKey) => {
  try {
    validateQuestion({ stem, body, key });
  } catch (error) {
    const { code, field } = error as { code: string; field?: string };
    return { code, field };
  }
  return null;
};

describe('validateQuestion', () => {
  it('accepts a question of each type whose key fits its body', () => {
    expect(
      refused('月租多少？', { type: 'SINGLE_CHOICE', options }, { type: 'SINGLE_CHOICE', correct: 'B' }),
    ).toBeNull();
    expect(
      refused(
        '哪些可以？',
        { type: 'MULTIPLE_CHOICE', options },
        { type: 'MULTIPLE_CHOICE', correct: ['A', 'C'] },
      ),
    ).toBeNull();
    expect(refused('对吗？', { type: 'TRUE_FALSE' }, { type: 'TRUE_FALSE', correct: false })).toBeNull();
    expect(
      refused(
        '携号转网需满足 ____ 个条件，授权码有效期 ____ 天',
        { type: 'FILL_IN', blanks: 2 },
        { type: 'FILL_IN', blanks: [['5', '五'], ['7']], caseSensitive: false },
      ),
    ).toBeNull();
    expect(
      refused(
        '请匹配',
        {
          type: 'MATCHING',
          prompts: [
            { id: '1', text: '首问负责' },
            { id: '2', text: '服务用语' },
          ],
          choices: options,
        },
        { type: 'MATCHING', pairs: { '1': 'C', '2': 'A' } },
      ),
    ).toBeNull();
    expect(
      refused('简述', { type: 'SHORT_ANSWER', rubric: '要点一' }, { type: 'SHORT_ANSWER', reference: '' }),
    ).toBeNull();
  });

  it.each<[string, string, QuestionBody, QuestionKey, string, string]>([
    [
      'a blank stem',
      '  ',
      { type: 'TRUE_FALSE' },
      { type: 'TRUE_FALSE', correct: true },
      'stemRequired',
      'stem',
    ],
    [
      'a key of another type',
      '题',
      { type: 'SINGLE_CHOICE', options },
      { type: 'MULTIPLE_CHOICE', correct: ['A'] },
      'keyTypeMismatch',
      'key',
    ],
    [
      'a single choice naming no option',
      '题',
      { type: 'SINGLE_CHOICE', options },
      { type: 'SINGLE_CHOICE', correct: 'D' },
      'keyUnknownOption',
      'key.correct',
    ],
    [
      'a multiple choice naming no option',
      '题',
      { type: 'MULTIPLE_CHOICE', options },
      { type: 'MULTIPLE_CHOICE', correct: ['A', 'E'] },
      'keyUnknownOption',
      'key.correct.1',
    ],
    [
      'a multiple choice naming one option twice',
      '题',
      { type: 'MULTIPLE_CHOICE', options },
      { type: 'MULTIPLE_CHOICE', correct: ['A', 'A'] },
      'keyDuplicateOption',
      'key.correct',
    ],
    [
      'two options with one label',
      '题',
      { type: 'SINGLE_CHOICE', options: [...options, { id: 'A', text: '40 元' }] },
      { type: 'SINGLE_CHOICE', correct: 'A' },
      'optionIdDuplicate',
      'body.options.3.id',
    ],
    [
      'two options reading the same',
      '题',
      { type: 'SINGLE_CHOICE', options: [...options, { id: 'D', text: '10 元 ' }] },
      { type: 'SINGLE_CHOICE', correct: 'A' },
      'optionTextDuplicate',
      'body.options.3.text',
    ],
    [
      'a stem with fewer blanks than the question',
      '授权码有效期 ____ 天',
      { type: 'FILL_IN', blanks: 2 },
      { type: 'FILL_IN', blanks: [['7'], ['8']], caseSensitive: false },
      'blanksMismatchStem',
      'stem',
    ],
    [
      'a key with fewer blanks than the question',
      '____ 和 ____',
      { type: 'FILL_IN', blanks: 2 },
      { type: 'FILL_IN', blanks: [['7']], caseSensitive: false },
      'blanksMismatchKey',
      'key.blanks',
    ],
    [
      'an unpaired matching item',
      '请匹配',
      {
        type: 'MATCHING',
        prompts: [
          { id: '1', text: '甲' },
          { id: '2', text: '乙' },
        ],
        choices: options,
      },
      { type: 'MATCHING', pairs: { '1': 'A' } },
      'matchingPromptUnpaired',
      'key.pairs.2',
    ],
    [
      'a pair to a missing choice',
      '请匹配',
      {
        type: 'MATCHING',
        prompts: [
          { id: '1', text: '甲' },
          { id: '2', text: '乙' },
        ],
        choices: options,
      },
      { type: 'MATCHING', pairs: { '1': 'A', '2': 'Z' } },
      'matchingUnknownChoice',
      'key.pairs.2',
    ],
    [
      'a pair for a missing item',
      '请匹配',
      {
        type: 'MATCHING',
        prompts: [
          { id: '1', text: '甲' },
          { id: '2', text: '乙' },
        ],
        choices: options,
      },
      { type: 'MATCHING', pairs: { '1': 'A', '2': 'B', '9': 'C' } },
      'matchingUnknownPrompt',
      'key.pairs.9',
    ],
    [
      'a matching question with more choices than the sheet has columns',
      '请匹配',
      {
        type: 'MATCHING',
        prompts: [
          { id: '1', text: '甲' },
          { id: '2', text: '乙' },
        ],
        choices: 'ABCDEFGHI'.split('').map((id) => ({ id, text: `候选${id}` })),
      },
      { type: 'MATCHING', pairs: { '1': 'A', '2': 'B' } },
      'matchingTooManyChoices',
      'body.choices',
    ],
  ])('refuses %s', (_, stem, body, key, code, field) => {
    expect(refused(stem, body, key)).toEqual({ code: `training.bank.${code}`, field });
  });
});

describe('bank inputs', () => {
  it('refuses a knowledge point name with the path separator', () => {
    const result = bankInputs.knowledgePoints.create.safeParse({ parentId: null, name: '业务/资费' });
    expect(result.error?.issues[0]?.message).toBe('training.bank.knowledgePointNameSlash');
  });

  it('bounds difficulty, points and tags', () => {
    const base = {
      stem: '对吗？',
      body: { type: 'TRUE_FALSE' },
      key: { type: 'TRUE_FALSE', correct: true },
      knowledgePointId: '00000000-0000-4000-8000-000000000000',
      businessLine: 'MOBILE',
      difficulty: 3,
    };
    expect(questionContent.parse(base)).toMatchObject({ source: '', tags: [], points: 1 });
    expect(questionContent.safeParse({ ...base, difficulty: 6 }).success).toBe(false);
    expect(questionContent.safeParse({ ...base, points: 0 }).success).toBe(false);
    expect(questionContent.safeParse({ ...base, tags: Array(11).fill('a') }).success).toBe(false);
    expect(questionContent.safeParse({ ...base, businessLine: '彩铃' }).success).toBe(false);
  });

  it('reads an import from form data and refuses an unknown mode or a missing file', () => {
    const form = new FormData();
    form.set('mode', 'CHECK');
    form.set('file', new File(['x'], 'bank.xlsx'));
    expect(bankInputs.questions.import.parse(form).mode).toBe('CHECK');
    const bad = new FormData();
    bad.set('mode', 'DROP');
    const issues = bankInputs.questions.import.safeParse(bad).error?.issues.map((i) => i.message);
    expect(issues).toEqual(['training.bank.importFileRequired', 'training.bank.importModeInvalid']);
  });
});
