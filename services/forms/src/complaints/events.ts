// The complaint cases' domain events. Payloads carry ids and the facts a subscriber needs (performance counts
// closed cases per hall and person; notifications tell the level a case was escalated to) without reading this
// service's tables; times are ISO strings (see @duda/events).
import { COMPLAINT_CATEGORIES, COMPLAINT_LEVELS } from '@duda/contract-forms';
import { defineEvent } from '@duda/events';
import { z } from 'zod';

const kase = {
  complaintId: z.uuid(),
  number: z.number().int(),
  hallId: z.uuid(),
  hallName: z.string(),
  category: z.enum(COMPLAINT_CATEGORIES),
};

/** A case was closed (结案): counted for its hall and, if one was found responsible, for that person. */
export const complaintClosed = defineEvent(
  'forms.complaint.closed',
  z.object({
    ...kase,
    receivedAt: z.iso.datetime(),
    closedAt: z.iso.datetime(),
    responsiblePersonId: z.uuid().nullable(),
    /** Whether it ever passed its time limit (it was escalated). */
    escalated: z.boolean(),
  }),
);

/** A case passed its time limit and now answers to the next level up (超时升级): whoever holds `to`. */
export const complaintEscalated = defineEvent(
  'forms.complaint.escalated',
  z.object({
    ...kase,
    level: z.enum(COMPLAINT_LEVELS),
    to: z.object({ role: z.string(), orgNodeId: z.uuid() }),
    dueAt: z.iso.datetime(),
    at: z.iso.datetime(),
  }),
);
