// The training area's enumerations (培训考试), one list each: the Prisma enums are pinned equal to these by a
// test in the service, routers build z.enum from them and pages list options from them.

/** 题型: single choice, multiple choice, true/false, fill-in-the-blank, matching, short answer (marked by hand). */
export const QUESTION_TYPES = [
  'SINGLE_CHOICE',
  'MULTIPLE_CHOICE',
  'TRUE_FALSE',
  'FILL_IN',
  'MATCHING',
  'SHORT_ANSWER',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** 难度 1 (easiest) to 5. */
export const DIFFICULTIES = [1, 2, 3, 4, 5] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** A fixed list of questions, or rules that draw them per attempt. */
export const PAPER_KINDS = ['FIXED', 'RANDOM'] as const;
export type PaperKind = (typeof PAPER_KINDS)[number];

export const PAPER_STATUSES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export type PaperStatus = (typeof PAPER_STATUSES)[number];

/** 区县笔试 (monthly, per district), 月考 (city-wide, three channels), 补考 (retake), practice. */
export const EXAM_KINDS = ['DISTRICT_WRITTEN', 'CITY_MONTHLY', 'RETAKE', 'PRACTICE'] as const;
export type ExamKind = (typeof EXAM_KINDS)[number];

export const EXAM_STATUSES = ['DRAFT', 'PUBLISHED', 'CANCELLED'] as const;
export type ExamStatus = (typeof EXAM_STATUSES)[number];

/** Which attempt's score is the exam's result when several are allowed. */
export const GRADING_METHODS = ['HIGHEST', 'FIRST', 'LAST', 'AVERAGE'] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];

/**
 * When the time runs out (Moodle's three modes): the attempt is submitted as it stands; or a grace period in which
 * it can only be submitted; or, unless submitted in time, it does not count.
 */
export const OVERDUE_HANDLINGS = ['AUTOSUBMIT', 'GRACE_PERIOD', 'NOT_COUNTED'] as const;
export type OverdueHandling = (typeof OVERDUE_HANDLINGS)[number];

/** When an examinee may see their score and the correct answers. */
export const REVIEW_RULES = ['IMMEDIATELY', 'AFTER_CLOSE', 'ON_DATE', 'NEVER'] as const;
export type ReviewRule = (typeof REVIEW_RULES)[number];

/**
 * Multiple choice: all right and nothing wrong for the points; or proportional, each right choice earning its
 * share and each wrong choice cancelling one share, never below 0.
 */
export const MULTIPLE_CHOICE_SCORINGS = ['ALL_OR_NOTHING', 'PROPORTIONAL'] as const;
export type MultipleChoiceScoring = (typeof MULTIPLE_CHOICE_SCORINGS)[number];

/** IN_PROGRESS → SUBMITTED; OVERDUE: in a grace period, can only be submitted; ABANDONED: ran out, not counted. */
export const ATTEMPT_STATUSES = ['IN_PROGRESS', 'OVERDUE', 'SUBMITTED', 'ABANDONED'] as const;
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number];
