import { describe, expect, it } from 'vitest';
import { mondayOf, skillsInputs } from './skills.ts';
import { skillsErrors } from './skills-errors.ts';
import { passageById, TYPING_PASSAGES } from './skills-passages.ts';

const id = '7f1c3a52-0d7b-4f4e-9a55-2b1d8c7e9f10';

describe('weeks', () => {
  it('run Monday to Sunday', () => {
    expect(mondayOf('2026-11-30')).toBe('2026-11-30'); // a Monday
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // its Sunday
    expect(mondayOf('2026-01-01')).toBe('2025-12-29'); // across a year
  });
});

describe('oral exam input', () => {
  it('takes free-text and bank questions, and fills empty notes', () => {
    const parsed = skillsInputs.oralRecord.parse({
      personId: id,
      heldOn: '2026-11-30',
      questions: [{ text: ' 携号转网的条件 ' }, { text: '5G 套餐资费', questionId: id }],
      score: 85,
    });
    expect(parsed).toMatchObject({ notes: '', questions: [{ text: '携号转网的条件' }, { questionId: id }] });
  });

  it.each([
    ['a score above 100', { score: 101 }],
    ['a fractional score', { score: 80.5 }],
    ['a day that does not exist', { heldOn: '2026-02-30' }],
    ['more than 20 questions', { questions: Array.from({ length: 21 }, () => ({ text: '题' })) }],
  ])('refuses %s', (_what, change) => {
    const input = { personId: id, heldOn: '2026-11-30', score: 80, ...change };
    expect(skillsInputs.oralRecord.safeParse(input).success).toBe(false);
  });

  it('words a bad date with its own code', () => {
    const result = skillsInputs.oralCoverage.safeParse({ hallId: id, week: '2026-13-01' });
    expect(result.error?.issues[0]?.message).toBe(skillsErrors.dateFormat.code);
  });
});

describe('typing test input', () => {
  it('names a passage of the list, and bounds the text and the time', () => {
    const ok = { passageId: 'zh-greeting', typed: '客户进厅时', elapsedMs: 5000 };
    expect(skillsInputs.typingSubmit.safeParse(ok).success).toBe(true);
    expect(skillsInputs.typingSubmit.safeParse({ ...ok, passageId: 'zh-unknown' }).success).toBe(false);
    expect(skillsInputs.typingSubmit.safeParse({ ...ok, typed: '字'.repeat(2001) }).success).toBe(false);
    expect(skillsInputs.typingSubmit.safeParse({ ...ok, elapsedMs: 0 }).success).toBe(false);
  });

  it('has Chinese passages and a Latin one, each found by its id', () => {
    expect(new Set(TYPING_PASSAGES.map((p) => p.script))).toEqual(new Set(['zh', 'latin']));
    for (const passage of TYPING_PASSAGES) expect(passageById(passage.id)).toBe(passage);
  });
});

describe('business-handling input', () => {
  it('takes a task of the fixed list with its time and errors', () => {
    const ok = { personId: id, task: 'NUMBER_PORTING', seconds: 420, errors: 1, heldOn: '2026-11-30' };
    expect(skillsInputs.handlingRecord.safeParse(ok).success).toBe(true);
    expect(skillsInputs.handlingRecord.safeParse({ ...ok, task: 'COFFEE' }).success).toBe(false);
    expect(skillsInputs.handlingRecord.safeParse({ ...ok, seconds: 0 }).success).toBe(false);
    expect(skillsInputs.handlingRecord.safeParse({ ...ok, errors: -1 }).success).toBe(false);
  });
});
