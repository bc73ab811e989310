// The events the forms service publishes about filled-in forms, declared here so that a subscriber in another area
// (the portal's duties: "a form submitted" is evidence that a duty was done) reads them by the same schema:
// `defineEvent(FORM_SUBMITTED_EVENT, formSubmittedPayload)` from @duda/events.
import { z } from 'zod';

export const FORM_SUBMITTED_EVENT = 'forms.submission.submitted';

/**
 * A form was submitted (表单已提交), in the transaction that stored it; again when a record sent back by its
 * approval is submitted anew. `day` and `month` are the China calendar day and month it counts for.
 */
export const formSubmittedPayload = z.object({
  submissionId: z.uuid(),
  templateId: z.uuid(),
  /** The form's key (表1 … 表10; a city's copy keeps the key of the form it adapts). */
  templateCode: z.string(),
  versionId: z.uuid(),
  version: z.number().int().positive(),
  /** The unit it was filed for (the hall, for the hall forms) and its name. */
  orgNodeId: z.uuid(),
  orgName: z.string(),
  submitterId: z.uuid(),
  submittedAt: z.iso.datetime(),
  day: z.iso.date(),
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** A meeting record's (表4) 会议类型 — briefing (晨会/夕会), weekly, monthly; absent for other forms. */
  meetingType: z.string().min(1).optional(),
});
export type FormSubmittedPayload = z.infer<typeof formSubmittedPayload>;
