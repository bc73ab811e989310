// Targeted training plans (培训计划): what `training.plans.*` takes. A unit's plan for a month is drafted from
// the last exams' weak knowledge points and the inspections' short staves (短板) of the month before; its owner
// edits the topics, schedules sessions and takes attendance (see the service's training-plans/ folder).
import { ROLES } from '@duda/authz';
import { moment as kitMoment, text } from '@duda/contract-kit';
import { z } from 'zod';
import { byId, id, month } from './common.ts';
import {
  ATTENDANCE_STATUSES,
  TRAINING_PLAN_LEVELS,
  TRAINING_PLAN_STATUSES,
} from './training-plans-errors.ts';

const moment = kitMoment();

/** Where a topic came from: an exam's weak knowledge point, an inspection short stave, or the owner. */
export const TOPIC_SOURCES = ['KNOWLEDGE_POINT', 'SHORT_STAVE', 'OWN'] as const;
export type TopicSource = (typeof TOPIC_SOURCES)[number];

/**
 * Why a topic is in the plan, as figures the page words in either language: "上月月考正确率 54%（全市 71%）",
 * "上月检查失分最多：首问负责（12 次）". Facilities are percentages.
 */
export const topicReason = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('facility'),
    facility: z.number().min(0).max(100),
    cityFacility: z.number().min(0).max(100).nullable(),
  }),
  z.object({ kind: z.literal('failures'), failed: z.number().int().min(0).max(1_000_000) }),
]);
export type TopicReason = z.infer<typeof topicReason>;

export const planTopic = z.object({
  /** `kp:<knowledge point id>`, `item:<checklist item code>`, or `own:<anything>` for the owner's own. */
  key: text().trim().min(1).max(80),
  source: z.enum(TOPIC_SOURCES),
  title: text().trim().min(1).max(200),
  reason: topicReason.nullable(),
});
export type PlanTopic = z.infer<typeof planTopic>;

/** The most people one session expects (its participants; a role group over it is refused). */
export const MAX_SESSION_PARTICIPANTS = 300;

/** A session's material: a knowledge-base article (by id) or a line of free text. */
export const sessionMaterial = z.union([
  z.object({ articleId: id }).strict(),
  z.object({ text: text().trim().min(1).max(300) }).strict(),
]);
export type SessionMaterial = z.infer<typeof sessionMaterial>;

/** The most targeted exams (考核考试) one plan links. */
export const MAX_PLAN_EXAMS = 10;

export const trainingPlansInputs = {
  /** Plans in the caller's scope: the city sees all, a district its own and its halls', a hall its own. */
  list: z.object({
    month: month.nullish(),
    level: z.enum(TRAINING_PLAN_LEVELS).nullish(),
    orgNodeId: id.nullish(),
    status: z.enum(TRAINING_PLAN_STATUSES).nullish(),
  }),
  get: byId,
  /** Drafts the unit's plan for the month from the month before's exams and inspections. */
  draft: z.object({ orgNodeId: id, month }),
  saveTopics: byId.extend({ topics: z.array(planTopic).max(30) }),
  saveSession: z.object({
    planId: id,
    /** Absent for a new session. */
    sessionId: id.nullish(),
    startsAt: moment,
    endsAt: moment,
    place: text().trim().max(200).default(''),
    trainerId: id,
    topicKeys: z.array(text().trim().min(1).max(80)).max(30).default([]),
    materials: z.array(sessionMaterial).max(20).default([]),
    /** The people expected (the page picks them by hall, role or name). */
    participantIds: z.array(id).min(1).max(MAX_SESSION_PARTICIPANTS),
  }),
  /** Everyone holding a role under an org node (e.g. all hall managers of a district), for a kept plan's session. */
  peopleByRole: z.object({ planId: id, orgNodeId: id, role: z.enum(ROLES) }),
  deleteSession: byId,
  publish: byId,
  /** Closes the month: nothing changes afterwards. */
  close: byId,
  attendance: z.object({
    sessionId: id,
    marks: z
      .array(z.object({ personId: id, status: z.enum(ATTENDANCE_STATUSES) }))
      .min(1)
      .max(300),
  }),
  /**
   * The exams the caller may link to the plan as its targeted exams (考核考试): not cancelled, for the plan's unit or
   * a unit containing it, in the plan's month or the month after.
   */
  eligibleExams: z.object({ planId: id }),
  /** Links an exam to the plan as its targeted exam; linking one already linked changes nothing. */
  linkExam: z.object({ planId: id, examId: id }),
  /** Unlinks it; unlinking one not linked changes nothing. */
  unlinkExam: z.object({ planId: id, examId: id }),
  /** The month's ledger (台帐) of plans in scope: topics, sessions held, attendance rate. */
  monthSummary: z.object({ month }),
};
