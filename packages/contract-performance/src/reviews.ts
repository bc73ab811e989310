// 360 度评估 (360-degree review of hall managers): what `performance.reviews.*` takes, and the rules a page runs
// too. A hall manager is rated by their superior(s), peers and direct reports; results are shown only as
// aggregates per perspective, and only for a perspective with at least its minimum of raters.
import { commonErrors, moment, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { reviewsErrors } from './reviews-errors.ts';

export { cycleStatusTerms, perspectiveTerms, reviewsCatalogs, reviewsErrors } from './reviews-errors.ts';

/** 评估视角: who rates a hall manager. */
export const PERSPECTIVES = ['SUPERIOR', 'PEER', 'SUBORDINATE'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

/** 草稿 → 评估中 → 已截止 (HR 审阅评语) → 已发布. */
export const CYCLE_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'RELEASED'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

export const PERIOD_KINDS = ['MONTH', 'QUARTER'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

/** 提名状态. A submitted form reads as APPROVED to everyone but its rater: who has answered is never shown. */
export const NOMINATION_STATUSES = ['PROPOSED', 'APPROVED', 'DECLINED'] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

/** The least each perspective's minimum may be set to (superior 1; peers and direct reports 3, never fewer). */
export const MINIMUM_FLOORS: Readonly<Record<Perspective, number>> = { SUPERIOR: 1, PEER: 3, SUBORDINATE: 3 };
export const DEFAULT_MINIMUMS: Readonly<Record<Perspective, number>> = MINIMUM_FLOORS;
const MINIMUM_MAX = 20;

/** The perspectives whose minimum lies below its floor (or above the sensible maximum). */
export const minimumViolations = (minimums: Record<Perspective, number>): Perspective[] =>
  PERSPECTIVES.filter((p) => minimums[p] < MINIMUM_FLOORS[p] || minimums[p] > MINIMUM_MAX);

export const SCALE = { min: 1, max: 5 } as const;
export const QUESTIONS_MAX = 30;
export const QUESTION_TEXT_MAX = 200;
export const COMMENT_MAX = 500;

const PERIOD_PATTERNS: Record<PeriodKind, RegExp> = {
  MONTH: /^2\d{3}-(0[1-9]|1[0-2])$/,
  QUARTER: /^2\d{3}-Q[1-4]$/,
};
export const isPeriodOf = (kind: PeriodKind, period: string) => PERIOD_PATTERNS[kind].test(period);

const id = z.uuid({ error: commonErrors.invalidId.code });
const byId = z.object({ id });

const minimums = z
  .object({
    SUPERIOR: z.number().int(),
    PEER: z.number().int(),
    SUBORDINATE: z.number().int(),
  })
  .refine((m) => minimumViolations(m).length === 0, { error: reviewsErrors.minimumBelowFloor.code });

const question = z.object({ text: text().trim().min(1).max(QUESTION_TEXT_MAX) });

const cycleFields = {
  title: text().trim().min(1).max(60),
  periodKind: z.enum(PERIOD_KINDS),
  period: text().trim().max(7),
  questions: z.array(question).min(1).max(QUESTIONS_MAX),
  minimums: minimums.default({ ...DEFAULT_MINIMUMS }),
  dueAt: moment(),
};
const periodMatches = (c: { periodKind: PeriodKind; period: string }) => isPeriodOf(c.periodKind, c.period);
const periodRule = { error: reviewsErrors.periodFormat.code, path: ['period'] };

/** One answer on a form: a score of 1–5 (empty while drafting) and an optional comment. */
export const reviewAnswer = z.object({
  key: text().max(8),
  score: z.number().int().min(SCALE.min).max(SCALE.max).nullable(),
  comment: text().trim().max(COMMENT_MAX).default(''),
});
export type ReviewAnswer = z.infer<typeof reviewAnswer>;

export const reviewInputs = {
  cycles: {
    list: pageInput.extend({ status: z.enum(CYCLE_STATUSES).nullish() }),
    get: byId,
    create: z.object(cycleFields).refine(periodMatches, periodRule),
    update: z.object({ id, ...cycleFields }).refine(periodMatches, periodRule),
    /** Moves a cycle on: DRAFT → OPEN → CLOSED → RELEASED. */
    advance: z.object({ id, to: z.enum(['OPEN', 'CLOSED', 'RELEASED']) }),
  },
  subjects: {
    add: z.object({ cycleId: id, personIds: z.array(id).min(1).max(100) }),
    remove: byId,
    mine: z.object({}),
  },
  nominations: {
    list: z.object({ subjectId: id }),
    propose: z.object({ subjectId: id, personIds: z.array(id).min(1).max(50) }),
    decide: z.object({ subjectId: id, personId: id, approve: z.boolean() }),
  },
  forms: {
    mine: z.object({}),
    get: byId,
    save: z.object({ id, answers: z.array(reviewAnswer).max(QUESTIONS_MAX) }),
    submit: z.object({ id, answers: z.array(reviewAnswer).max(QUESTIONS_MAX) }),
  },
  results: {
    get: z.object({ subjectId: id }),
    withhold: z.object({ subjectId: id, commentId: id, withheld: z.boolean() }),
  },
};

/** A question as stored on a cycle: its key (`q1`, `q2` …, by position) and text. */
export interface ReviewQuestion {
  key: string;
  text: string;
}
