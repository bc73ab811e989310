import { describe, expect, it } from 'vitest';
import { formProblems, shownProblems, type ProblemWords } from './formProblems.ts';
import { testDataSchema, testUi } from './testTemplate.ts';

// Words that show what was worded, so the test sees which check spoke.
const words: ProblemWords = {
  rule: (issue) => `rule:${issue.code}:${String(issue.params?.labelEn ?? '')}`,
  schema: (problem, label) =>
    `schema:${problem.code}:${label}${problem.limit === undefined ? '' : `:${problem.limit}`}`,
};
const problemsOf = (values: Record<string, unknown>, locale: 'zh-CN' | 'en' = 'en') =>
  formProblems(testUi, testDataSchema, values, locale, words);

const valid = {
  reason: '回老家',
  kind: 'annual',
  period: { start: '2026-12-01', end: '2026-12-02' },
  handover: [
    { topic: '拓展', weight: 60 },
    { topic: '服务', weight: 40 },
  ],
};

describe('formProblems', () => {
  it('finds nothing in a form filled in well', () => {
    expect(problemsOf(valid)).toEqual({});
  });

  it('names every empty required field once, with its label', () => {
    const problems = problemsOf({ handover: [{}] });
    expect(problems).toMatchObject({
      reason: 'rule:forms.rules.required:Reason',
      kind: 'rule:forms.rules.required:Kind',
      period: 'rule:forms.rules.required:Period',
      'handover.0.topic': 'rule:forms.rules.required:Topic',
    });
  });

  it('asks for the sick note only for sick leave', () => {
    expect(problemsOf({ ...valid, kind: 'sick' }).proof).toBe('rule:forms.rules.required:Sick note');
    expect(problemsOf(valid)).not.toHaveProperty('proof');
  });

  it('says when the weights do not add up to 100', () => {
    const problems = problemsOf({ ...valid, handover: [{ topic: 'a', weight: 60 }] });
    expect(problems.handover).toBe('rule:forms.rules.sumEquals:Weight');
  });

  it("words what only the JSON Schema refuses, in the field's label of the language", () => {
    const long = '一二三四五六七八九十一二三四五六七八九十一';
    expect(problemsOf({ ...valid, reason: long }).reason).toBe('schema:maxLength:Reason:20');
    expect(problemsOf({ ...valid, reason: long }, 'zh-CN').reason).toBe('schema:maxLength:请假事由:20');
    const over = {
      ...valid,
      handover: [
        { topic: 'a', weight: 120 },
        { topic: 'b', weight: -20 },
      ],
    };
    expect(problemsOf(over)['handover.0.weight']).toBe('schema:maximum:Weight:100');
  });
});

describe('shownProblems', () => {
  const problems = { reason: 'a', 'handover.0.topic': 'b', kind: 'c' };

  it('shows only the fields the user has been in, table cells by their table', () => {
    expect(shownProblems(problems, new Set(['handover', 'reason']), false)).toEqual({
      reason: 'a',
      'handover.0.topic': 'b',
    });
  });

  it('shows everything once the user tried to submit', () => {
    expect(shownProblems(problems, new Set(), true)).toEqual(problems);
  });
});
