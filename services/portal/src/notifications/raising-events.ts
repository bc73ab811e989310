// The other areas' domain events the portal raises notifications from, as the portal reads them: the event
// type and only the payload fields it uses (the emitting service's definition has more). Keeping the
// subscriber's view here, not importing the emitter, lets either run in its own process (ADR 0019).
import { defineEvent } from '@duda/events';
import { z } from 'zod';
import type { RaisingFact } from '../domain/notification-recipients.ts';

const at = z.iso.datetime();
/** The roles an approval step's slot may name (forms' APPROVER_ROLES), as the portal reads them. */
const APPROVER_ROLES = [
  'hall_manager',
  'duty_manager',
  'manager_assistant',
  'district_supervisor',
  'city_supervisor',
  'trainer',
  'hr',
  'leader',
] as const;

/** services/inspection: the overdue job found the hall holding an order past its deadline. */
export const rectificationOverdue = defineEvent(
  'rectification.overdue',
  z.object({
    orderId: z.uuid(),
    hallId: z.uuid(),
    districtId: z.uuid(),
    deadline: at,
    hallName: z.string().default(''),
  }),
);

/** services/inspection: a reviewer sent a plan back to its author. */
export const planRejected = defineEvent(
  'inspection.plan.rejected',
  z.object({
    planId: z.uuid(),
    title: z.string(),
    authorId: z.uuid(),
    rejectedById: z.uuid(),
    rejectedByName: z.string(),
    comment: z.string().nullable(),
  }),
);

/** services/training: an exam was published to its candidates. */
export const examPublished = defineEvent(
  'training.exam.published',
  z.object({
    examId: z.uuid(),
    title: z.string(),
    opensAt: at,
    closesAt: at,
    candidatePersonIds: z.array(z.uuid()),
  }),
);

/** services/training: the last hand mark made an attempt's score final. */
export const resultReleased = defineEvent(
  'training.result.released',
  z.object({
    attemptId: z.uuid(),
    examTitle: z.string(),
    personId: z.uuid(),
    score: z.number(),
    maxScore: z.number(),
  }),
);

const approvalSubject = {
  instanceId: z.uuid(),
  subjectType: z.string(),
  subjectId: z.uuid(),
  title: z.string(),
};

/** services/forms: approvers were reminded (催办, or the deadline job); each a person or a role at a node. */
export const approvalReminded = defineEvent(
  'forms.approval.reminded',
  z.object({
    ...approvalSubject,
    to: z.array(
      z.union([
        z.object({ personId: z.uuid() }),
        z.object({ role: z.enum(APPROVER_ROLES), orgNodeId: z.uuid() }),
      ]),
    ),
    escalated: z.boolean(),
  }),
);

/** services/forms: an approval ended (approved, rejected, withdrawn). */
export const approvalCompleted = defineEvent(
  'forms.approval.completed',
  z.object({
    ...approvalSubject,
    outcome: z.enum(['APPROVED', 'REJECTED', 'WITHDRAWN']),
    submitterId: z.uuid(),
  }),
);

/** services/forms: people were copied in on an approval (抄送); only those newly copied in are named. */
export const approvalCopied = defineEvent(
  'forms.approval.copied',
  z.object({
    ...approvalSubject,
    people: z.array(z.object({ personId: z.uuid(), name: z.string() })).min(1),
    byId: z.uuid(),
    byName: z.string(),
  }),
);

/** services/forms: a complaint case passed its time limit and went one level up (超时升级) to the holders of `to`. */
export const complaintEscalated = defineEvent(
  'forms.complaint.escalated',
  z.object({
    complaintId: z.uuid(),
    number: z.number().int(),
    hallName: z.string(),
    to: z.object({
      role: z.enum(['hall_manager', 'district_supervisor', 'city_supervisor']),
      orgNodeId: z.uuid(),
    }),
    dueAt: at,
  }),
);

/**
 * services/inspection: a hall's queue reading reached level 1 or 2 (排队预警), by inspection's contract
 * (`queueWarningPayload`, the fields the portal reads).
 */
export const queueWarningRaised = defineEvent(
  'queue.warning.raised',
  z.object({
    warningId: z.uuid(),
    hallId: z.uuid(),
    hallName: z.string(),
    level: z.union([z.literal(1), z.literal(2)]),
    waitingCustomers: z.number().int().min(0),
    openCounters: z.number().int().min(0),
    at,
  }),
);

type PayloadOf<E> = E extends { schema: z.ZodType<infer P> } ? P : never;

export const overdueFact = (p: PayloadOf<typeof rectificationOverdue>): RaisingFact => ({
  kind: 'RECTIFICATION_OVERDUE',
  ...p,
});

export const rejectedFact = (p: PayloadOf<typeof planRejected>): RaisingFact => ({
  kind: 'PLAN_REJECTED',
  planId: p.planId,
  title: p.title,
  authorId: p.authorId,
  reviewerId: p.rejectedById,
  reviewerName: p.rejectedByName,
  comment: p.comment,
});

export const publishedFact = (p: PayloadOf<typeof examPublished>): RaisingFact => ({
  kind: 'EXAM_PUBLISHED',
  ...p,
});

export const releasedFact = (p: PayloadOf<typeof resultReleased>): RaisingFact => ({
  kind: 'RESULT_RELEASED',
  ...p,
});

export const remindedFact = (p: PayloadOf<typeof approvalReminded>): RaisingFact => ({
  kind: 'APPROVAL_REMINDED',
  ...p,
});

export const completedFact = (p: PayloadOf<typeof approvalCompleted>): RaisingFact => ({
  kind: 'APPROVAL_COMPLETED',
  ...p,
});

export const escalatedFact = (p: PayloadOf<typeof complaintEscalated>): RaisingFact => ({
  kind: 'COMPLAINT_ESCALATED',
  ...p,
});

export const queueWarningFact = (p: PayloadOf<typeof queueWarningRaised>): RaisingFact => ({
  kind: 'QUEUE_WARNING',
  ...p,
});

export const copiedFact = (p: PayloadOf<typeof approvalCopied>): RaisingFact => ({
  kind: 'APPROVAL_COPIED',
  ...p,
});
