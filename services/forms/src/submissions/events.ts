// The submissions' domain event, by the contract's schema (@duda/contract-forms `formSubmittedPayload`), so a
// subscriber in another area declares the same event from the contract without reading this service.
import { FORM_SUBMITTED_EVENT, formSubmittedPayload } from '@duda/contract-forms';
import { defineEvent } from '@duda/events';
import { chinaDateOf, monthOf } from '@duda/month';

/** A form was submitted (表单已提交): evidence, for the portal's duties, that a form was filled in that day. */
export const formSubmitted = defineEvent(FORM_SUBMITTED_EVENT, formSubmittedPayload);

export interface SubmittedRecord {
  id: string;
  templateId: string;
  versionId: string;
  orgNodeId: string;
  orgName: string;
  submitterId: string;
  submittedAt: Date | null;
  data: unknown;
  version: { version: number; template: { code: string } };
}

/** The event's payload for a record just submitted; its day and month are China time's. */
export function formSubmittedOf(record: SubmittedRecord, now: Date) {
  const at = record.submittedAt ?? now;
  const day = chinaDateOf(at);
  // Which meeting a meeting record (表4) is of: the portal counts it toward that meeting's duty.
  const meetingType = (record.data as { meetingType?: unknown } | null)?.meetingType;
  return {
    submissionId: record.id,
    templateId: record.templateId,
    templateCode: record.version.template.code,
    versionId: record.versionId,
    version: record.version.version,
    orgNodeId: record.orgNodeId,
    orgName: record.orgName,
    submitterId: record.submitterId,
    submittedAt: at.toISOString(),
    day,
    month: monthOf(day),
    ...(typeof meetingType === 'string' && meetingType ? { meetingType } : {}),
  };
}
