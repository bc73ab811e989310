import { dutyPhotoUrl, type DutyRole, type DutyTaskView } from '@duda/contract-portal';
import type { DutyProof, DutyTask } from '../generated/prisma/client.ts';
import { isOverdue } from './domain/periods.ts';

export const taskView = (task: DutyTask & { proofs: DutyProof[] }, now: Date): DutyTaskView => ({
  id: task.id,
  code: task.code,
  cadence: task.cadence,
  role: task.role as DutyRole,
  title: task.title,
  orgName: task.orgName,
  periodStart: task.periodStart,
  periodEnd: task.periodEnd,
  target: task.target,
  done: task.done,
  status: task.status,
  evidence: task.evidence,
  windowStartAt: task.windowStartAt,
  dueAt: task.dueAt,
  overdue: isOverdue(task, now),
  proofs: task.proofs
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime())
    .map((p) => ({
      id: p.id,
      evidence: p.evidence,
      note: p.note,
      area: p.area,
      link: p.link,
      occurredAt: p.occurredAt,
      photoUrl: p.photoId ? dutyPhotoUrl(p.photoId) : null,
    })),
});
