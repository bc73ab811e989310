// Exams (考试): a published paper given to a target group in a window under Moodle's rules (attempts, which attempt
// counts, what happens when time runs out, when results are shown). The inputs of `training.exams.*`, the phase a
// page shows, and the refusals with their field paths.
import { ROLES } from '@duda/authz';
import { moment as kitMoment, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { byId, id, month } from './common.ts';
import {
  EXAM_KINDS,
  EXAM_STATUSES,
  GRADING_METHODS,
  MULTIPLE_CHOICE_SCORINGS,
  OVERDUE_HANDLINGS,
  REVIEW_RULES,
  type ExamStatus,
} from './enums.ts';

/** A moment the exam settings name: no earlier than 2000, no later than 2999. */
const moment = kitMoment();

/**
 * Who sits the exam: everyone under the org nodes (with everything below) who holds one of the roles (any role when
 * none is named), plus the named people. Roles alone mean those roles under the org node the exam is held for.
 */
export const examTarget = z.object({
  orgNodeIds: z.array(id).max(100).default([]),
  roles: z.array(z.enum(ROLES)).max(ROLES.length).default([]),
  personIds: z.array(id).max(500).default([]),
});
export type ExamTarget = z.infer<typeof examTarget>;

export const examSettings = z.object({
  title: text().trim().min(1).max(80),
  kind: z.enum(EXAM_KINDS),
  month,
  /** The org node it is held for: a district for 区县笔试, the city for 月考. */
  orgNodeId: id,
  paperId: id,
  target: examTarget,
  opensAt: moment,
  closesAt: moment,
  timeLimitMinutes: z.number().int().min(1).max(600),
  attemptsAllowed: z.number().int().min(1).max(10).default(1),
  gradingMethod: z.enum(GRADING_METHODS).default('HIGHEST'),
  overdueHandling: z.enum(OVERDUE_HANDLINGS).default('AUTOSUBMIT'),
  graceMinutes: z.number().int().min(0).max(1440).default(0),
  passMark: z.number().min(0).max(10000),
  reviewRule: z.enum(REVIEW_RULES).default('AFTER_CLOSE'),
  reviewAt: moment.nullish(),
  multipleChoiceScoring: z.enum(MULTIPLE_CHOICE_SCORINGS).default('ALL_OR_NOTHING'),
  /** The exam this one retakes (补考). */
  retakeOfId: id.nullish(),
});
export type ExamSettings = z.infer<typeof examSettings>;

/** Where a candidate is with the exam (考生进度). */
export const CANDIDATE_PROGRESS = ['NOT_STARTED', 'IN_PROGRESS', 'SUBMITTED'] as const;
export type CandidateProgress = (typeof CANDIDATE_PROGRESS)[number];

export const examInputs = {
  list: pageInput.extend({
    month: month.nullish(),
    kind: z.enum(EXAM_KINDS).nullish(),
    status: z.enum(EXAM_STATUSES).nullish(),
    q: text().trim().max(50).nullish(),
  }),
  get: byId,
  candidates: pageInput.extend({
    id,
    hallId: id.nullish(),
    progress: z.enum(CANDIDATE_PROGRESS).nullish(),
  }),
  create: examSettings,
  update: examSettings.extend({ id }),
  publish: byId,
  cancel: byId,
};

/** What a page shows of an exam's life: its status, then where "now" falls in its window. */
export const EXAM_PHASES = ['DRAFT', 'SCHEDULED', 'OPEN', 'CLOSED', 'CANCELLED'] as const;
export type ExamPhase = (typeof EXAM_PHASES)[number];

export function examPhase(exam: { status: ExamStatus; opensAt: Date; closesAt: Date }, now: Date): ExamPhase {
  if (exam.status !== 'PUBLISHED') return exam.status;
  if (now < exam.opensAt) return 'SCHEDULED';
  return now < exam.closesAt ? 'OPEN' : 'CLOSED';
}

/**
 * The payload of `training.exam.held` (考试已举行), emitted once per exam when it has taken place: its window has
 * closed, somebody sat it and every attempt is closed (the job `record-held-exams`; a cancelled exam or one
 * nobody sat is never held). The organising org node, the nodes it was for (`scope`: the target's nodes, or the
 * organising node when it named roles or people only), who set it up and the China month it belongs to. The
 * portal counts it toward the organising node's monthly exam duty (组织月度笔试).
 */
export const examHeldPayload = z.object({
  examId: z.uuid(),
  cityId: z.uuid(),
  orgNodeId: z.uuid(),
  scope: z.array(z.uuid()),
  organiserId: z.uuid(),
  kind: z.enum(EXAM_KINDS),
  month,
  heldAt: z.iso.datetime(),
});
export type ExamHeldPayload = z.infer<typeof examHeldPayload>;
