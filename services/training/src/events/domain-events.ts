// The training area's domain events: type names and payload schemas. Payloads carry ids and the facts a
// subscriber needs without reading this service's tables; times are ISO strings (see @duda/events).
import { EXAM_KINDS, examHeldPayload } from '@duda/contract-training';
import { defineEvent } from '@duda/events';
import { MONTH_KEY_PATTERN } from '@duda/month';
import { z } from 'zod';

/**
 * An exam was published to its candidates (考试发布): each of them has it to do between opensAt and closesAt (the
 * portal's to-do list picks it up).
 */
export const examPublished = defineEvent(
  'training.exam.published',
  z.object({
    examId: z.uuid(),
    cityId: z.uuid(),
    orgNodeId: z.uuid(),
    title: z.string(),
    kind: z.enum(EXAM_KINDS),
    month: z.string().regex(MONTH_KEY_PATTERN),
    opensAt: z.iso.datetime(),
    closesAt: z.iso.datetime(),
    candidatePersonIds: z.array(z.uuid()),
    publishedAt: z.iso.datetime(),
  }),
);

/** A published exam was cancelled before anyone started it (考试取消): it leaves its candidates' to-do lists. */
export const examCancelled = defineEvent(
  'training.exam.cancelled',
  z.object({
    examId: z.uuid(),
    cityId: z.uuid(),
    month: z.string().regex(MONTH_KEY_PATTERN),
    cancelledAt: z.iso.datetime(),
  }),
);

/**
 * An attempt's result is final (成绩发布): the last short answer was marked by hand, so its score no longer
 * changes with marking; the examinee is told (the portal's notifications).
 */
export const resultReleased = defineEvent(
  'training.result.released',
  z.object({
    attemptId: z.uuid(),
    examId: z.uuid(),
    examTitle: z.string(),
    personId: z.uuid(),
    score: z.number(),
    maxScore: z.number(),
    releasedAt: z.iso.datetime(),
  }),
);

/**
 * An exam took place (考试已举行): its window closed with somebody having sat it and every attempt closed. Once per
 * exam (the job `record-held-exams`); the portal counts it toward the monthly exam duty (组织月度笔试).
 */
export const examHeld = defineEvent('training.exam.held', examHeldPayload);
