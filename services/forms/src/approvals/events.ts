// The approval engine's domain events: type names and payload schemas. Payloads carry ids and the facts a
// subscriber needs without reading this service's tables; times are ISO strings (see @duda/events).
import { defineEvent } from '@duda/events';
import { z } from 'zod';

const subject = { instanceId: z.uuid(), subjectType: z.string(), subjectId: z.uuid(), title: z.string() };

/**
 * An approval ended (审批结束): approved, rejected (the submitter may still resubmit it, which starts it again) or
 * withdrawn by the submitter. The subject's owner reacts to it (a submission's state, a plan's publication).
 */
export const approvalCompleted = defineEvent(
  'forms.approval.completed',
  z.object({
    ...subject,
    outcome: z.enum(['APPROVED', 'REJECTED', 'WITHDRAWN']),
    submitterId: z.uuid(),
    /** Whose action ended it (the last approver, a rejecter, the submitter withdrawing; a deputy as themself). */
    decidedBy: z.object({ personId: z.uuid(), name: z.string() }).nullable(),
    completedAt: z.iso.datetime(),
  }),
);

const assignee = z.union([
  z.object({ personId: z.uuid() }),
  z.object({ role: z.string(), orgNodeId: z.uuid() }),
]);

/**
 * Approvers were reminded (催办 by the submitter, or the deadline job three quarters through a step's time or
 * when it handed an overdue task to the superior): each a person, or a role at an org node (whoever holds it).
 */
export const approvalReminded = defineEvent(
  'forms.approval.reminded',
  z.object({
    ...subject,
    to: z.array(assignee),
    byId: z.uuid().nullable(),
    escalated: z.boolean(),
    at: z.iso.datetime(),
  }),
);

/**
 * People were copied in on an approval (抄送): each named person may now read it, and the portal tells them so.
 * Only those newly copied in are named (a person copied in again is not told twice).
 */
export const approvalCopied = defineEvent(
  'forms.approval.copied',
  z.object({
    ...subject,
    people: z.array(z.object({ personId: z.uuid(), name: z.string() })).min(1),
    byId: z.uuid(),
    byName: z.string(),
    at: z.iso.datetime(),
  }),
);
