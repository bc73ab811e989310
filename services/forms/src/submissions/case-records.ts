// A record of a form kept as a case (表8, filled in as a plain form before complaints became cases) read by the
// complaint rule: its handlers — the intake clerk who filed it, the person it names as 受理人 (`handler`) and its
// hall's manager — see the customer's contact; everyone else who reads it sees it masked (`maskContact`).
import { caseFormOf, maskContact } from '@duda/contract-forms';

/** The reader: who they are and the roles they hold where. */
export interface CaseRecordReader {
  personId: string;
  roles: readonly { role: string; orgNodeId: string }[];
}

export interface CaseRecordRef {
  code: string;
  orgNodeId: string;
  submitterId: string;
  data: Record<string, unknown>;
}

/** Whether the reader handles the record as the complaint rule's handlers would. */
export function handlesCaseRecord(actor: CaseRecordReader, record: CaseRecordRef): boolean {
  const handler = record.data.handler as { id?: unknown } | null | undefined;
  return (
    record.submitterId === actor.personId ||
    handler?.id === actor.personId ||
    actor.roles.some((r) => r.role === 'hall_manager' && r.orgNodeId === record.orgNodeId)
  );
}

/** The record's data as this reader may see it: a case form's private fields masked for all but its handlers. */
export function caseRecordData(actor: CaseRecordReader, record: CaseRecordRef): Record<string, unknown> {
  const kept = caseFormOf(record.code);
  if (!kept || handlesCaseRecord(actor, record)) return record.data;
  const data = { ...record.data };
  for (const key of kept.private) if (typeof data[key] === 'string') data[key] = maskContact(data[key]);
  return data;
}
