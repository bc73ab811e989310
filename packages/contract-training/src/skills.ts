// Oral exams and skill tests (口试与技能测试): what `training.skills.*` takes.
//
// 打字测试 — how a typing test is measured (the page records, the server scores; domain/typing.ts in the service):
// - Only committed text counts. With an input method (IME) the text area holds pinyin letters while a word is
//   composed; those are not characters of the answer. The page takes the text area's value on `input` events
//   outside a composition and on `compositionend`, never counts key presses, and sends that committed text.
// - The clock runs from the first input (a key or the start of a composition) to submit; the page sends the
//   elapsed milliseconds with the passage id and the committed text. The server recomputes the score from those
//   and never takes a score from the page.
// - Characters are Unicode code points after NFKC normalisation (full-width Latin letters, digits and
//   punctuation count as their ASCII forms; Chinese punctuation such as ， and 。 stays itself), with line breaks
//   and runs of white space read as one space and white space at both ends dropped.
// - cpm = committed characters ÷ minutes; accuracy = characters matching the passage in order (the longest common
//   subsequence) ÷ passage characters, so an unfinished passage is less accurate; errors = the edit distance
//   between typed text and passage (wrong, extra and missing characters). Corrections made while typing cost time
//   only: what counts is the text submitted.
import { text } from '@duda/contract-kit';
import { isCalendarDate, type CalendarDate } from '@duda/month';
import { z } from 'zod';
import { id, month } from './common.ts';
import { QUESTION_TYPES } from './enums.ts';
import { HANDLING_TASKS } from './skills-errors.ts';
import { skillsErrors } from './skills-errors.ts';
import { TYPING_PASSAGE_IDS } from './skills-passages.ts';

export const ORAL_SCORE_MAX = 100;
/** The recorder may change or delete an oral exam record this long after recording it. */
export const ORAL_EDIT_WINDOW_MS = 24 * 3_600_000;
export const TYPED_TEXT_MAX = 2000;
/** A typing test longer than this was left open, not typed. */
export const TYPING_ELAPSED_MAX_MS = 30 * 60_000;

/** The Monday of a date's week (weeks run Monday to Sunday, as the halls' rosters do). */
export function mondayOf(date: CalendarDate): CalendarDate {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

export const calendarDate = text().refine(isCalendarDate, { error: skillsErrors.dateFormat.code });

/** One question of an oral exam: what was asked, and the bank question it came from when it came from one. */
export const oralQuestion = z.object({
  /** As long as a bank stem may be: a picked question keeps the stem shown. */
  text: text().trim().min(1).max(2000),
  questionId: id.nullish(),
});
export type OralQuestion = z.infer<typeof oralQuestion>;

const oralFields = {
  heldOn: calendarDate,
  questions: z.array(oralQuestion).max(20).default([]),
  score: z.number().int().min(0).max(ORAL_SCORE_MAX),
  notes: text().trim().max(2000).default(''),
};

const where = {
  hallId: id.nullish(),
  personId: id.nullish(),
  month: month.nullish(),
  /** Any day of the week wanted. */
  week: calendarDate.nullish(),
};

const page = {
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
};

export const skillsInputs = {
  oralList: z.object({
    ...where,
    /** Words of the examinee's name or 工号. */
    person: text().trim().max(30).nullish(),
    ...page,
  }),
  oralRecord: z.object({ personId: id, ...oralFields }),
  oralUpdate: z.object({ id, ...oralFields }),
  oralDelete: z.object({ id, reason: text().trim().min(1).max(500) }),
  /**
   * Bank questions to ask in an oral exam (口试选题), for those who record them: words matched in the current stem
   * or the knowledge point's path, of one type or any. Stems and options only — never a key or a rubric.
   */
  oralQuestions: z.object({
    q: text().trim().max(50).nullish(),
    type: z.enum(QUESTION_TYPES).nullish(),
    page: z.number().int().min(1).max(1000).default(1),
    pageSize: z.number().int().min(1).max(50).default(20),
  }),
  /** The hall's people, each with the oral exams they had in the week (口试覆盖). */
  oralCoverage: z.object({ hallId: id, week: calendarDate }),
  typingSubmit: z.object({
    passageId: z.enum(TYPING_PASSAGE_IDS),
    typed: text().max(TYPED_TEXT_MAX),
    elapsedMs: z.number().int().min(1).max(TYPING_ELAPSED_MAX_MS),
  }),
  typingList: z.object({ ...where, ...page }),
  handlingRecord: z.object({
    personId: id,
    task: z.enum(HANDLING_TASKS),
    seconds: z.number().int().min(1).max(7200),
    errors: z.number().int().min(0).max(100),
    heldOn: calendarDate,
    notes: text().trim().max(1000).default(''),
  }),
  handlingList: z.object({ ...where, task: z.enum(HANDLING_TASKS).nullish(), ...page }),
  /** Month-end report of a hall: per person per task, mean time and error rate. */
  handlingReport: z.object({ hallId: id, month }),
  /** A person's month for their analysis: oral mean, best typing, handling averages. */
  personSummary: z.object({ personId: id, month }),
  /** The caller's own results of a month (我的技能成绩). */
  mine: z.object({ month }),
};

/** A person's skills in a month, as `training.skills.personSummary` returns it (and the analysis reads it). */
export interface SkillsSummary {
  personId: string;
  month: string;
  oral: { count: number; mean: number | null };
  typing: { count: number; bestCpm: number | null; bestAccuracy: number | null };
  handling: HandlingAverage[];
}

/** One task's month for one person: error rate = share of handlings with at least one mistake. */
export interface HandlingAverage {
  task: (typeof HANDLING_TASKS)[number];
  count: number;
  meanSeconds: number;
  meanErrors: number;
  errorRate: number;
}
