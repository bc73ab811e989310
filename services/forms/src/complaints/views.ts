// A complaint as the pages show it: the contact in full for its handlers and masked for everyone else, whether it
// is past its time limit, and the steps the caller may take on it now.
import type { Actor } from '@duda/authz';
import { formFileUrl, maskContact } from '@duda/contract-forms';
import type { Complaint, ComplaintHistory } from '../generated/prisma/client.ts';
import { caseActor, handles } from './access.ts';
import { nextSteps } from './domain/case.ts';
import { isOverdue } from './domain/limits.ts';
import { stateOf } from './store.ts';

export interface EvidenceFile {
  id: string;
  name: string;
  contentType: string;
  size: number;
}

const personOf = (id: string | null, name: string | null) => (id ? { personId: id, name: name ?? '' } : null);

export function complaintView(row: Complaint, actor: Actor, now: Date) {
  const handler = handles(actor, row);
  return {
    id: row.id,
    number: row.number,
    hallId: row.hallId,
    hallName: row.hallName,
    customerName: row.customerName,
    contact: handler ? row.contact : maskContact(row.contact),
    contactMasked: !handler,
    channel: row.channel,
    category: row.category,
    description: row.description,
    staff: personOf(row.staffId, row.staffName),
    evidence: (row.evidence as unknown as EvidenceFile[]).map((f) => ({ ...f, url: formFileUrl(f.id) })),
    status: row.status,
    level: row.level,
    dueAt: row.dueAt,
    overdue: isOverdue(row, now),
    receivedAt: row.receivedAt,
    escalatedAt: row.escalatedAt,
    closedAt: row.closedAt,
    intakeBy: { personId: row.intakeById, name: row.intakeByName },
    assignee: personOf(row.assigneeId, row.assigneeName),
    responsible: personOf(row.responsibleId, row.responsibleName),
    handles: handler,
    nextSteps: nextSteps(stateOf(row), caseActor(actor)),
  };
}
export type ComplaintView = ReturnType<typeof complaintView>;

export const historyView = (h: ComplaintHistory) => ({
  id: h.id,
  at: h.at,
  action: h.action,
  actor: personOf(h.actorId, h.actorName),
  fromStatus: h.fromStatus,
  toStatus: h.toStatus,
  note: h.note,
  detail: h.detail as Record<string, unknown>,
});
