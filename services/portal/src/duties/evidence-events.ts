// The other areas' events that count toward duties, as the portal reads them: the type and only the fields it
// uses (the emitting service's definition has more), so either service may run in its own process (ADR 0019).
import { defineEvent } from '@duda/events';
import { z } from 'zod';

const at = z.iso.datetime();

/** services/inspection: an inspection (日检, 自查, 明查, 交叉检查, 暗访) was submitted by its inspector. */
export const inspectionSubmitted = defineEvent(
  'inspection.submitted',
  z.object({ inspectionId: z.uuid(), inspectorId: z.uuid(), kind: z.string(), submittedAt: at }),
);

/** services/inspection: a verifier accepted a hall's fix (整改验证通过). */
export const rectificationClosed = defineEvent(
  'rectification.closed',
  z.object({ orderId: z.uuid(), closedById: z.uuid(), closedAt: at }),
);

/** services/forms: a form was submitted (again, when a record sent back by its approval is submitted anew). */
export const formSubmitted = defineEvent(
  'forms.submission.submitted',
  z.object({
    submissionId: z.uuid(),
    templateCode: z.string(),
    orgNodeId: z.uuid(),
    submitterId: z.uuid(),
    submittedAt: at,
    /** A meeting record's (表4) 会议类型; absent for other forms and in events published before it was added. */
    meetingType: z.string().optional(),
  }),
);

/** services/training: an exam took place (its window closed, somebody sat it, every attempt closed). */
export const examHeld = defineEvent(
  'training.exam.held',
  z.object({
    examId: z.uuid(),
    orgNodeId: z.uuid(),
    organiserId: z.uuid(),
    kind: z.string(),
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
    heldAt: at,
  }),
);
