// The other areas' domain events the portal raises notifications from, as the portal reads them: the event
// type and only the payload fields it uses (the emitting service's definition has more). Keeping the
// subscriber's view here, not importing the emitter, lets either run in its own process (ADR 0019).
import { defineEvent } from '@duda/events';
import { z } from 'zod';
import type { RaisingFact } from '../domain/notification-recipients.ts';

const at = z.iso.datetime();

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
