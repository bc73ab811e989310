import { dutiesErrors, dutyEvidenceTerms } from '@duda/contract-portal';
import { chinaDateOf, daysBetween } from '@duda/month';
import type { DutyTask } from '../generated/prisma/client.ts';

/** Refuses a tick (or its photo) on a task that evidence completes, is done, or is outside its period. */
export function assertTickable(task: DutyTask, now: Date) {
  const today = chinaDateOf(now);
  if (task.evidence) throw dutiesErrors.evidenceOnly({ evidence: dutyEvidenceTerms.term(task.evidence) });
  if (task.status === 'DONE') throw dutiesErrors.alreadyDone();
  if (daysBetween(task.periodEnd, today) > 0 || task.status === 'MISSED')
    throw dutiesErrors.periodClosed({ periodEnd: task.periodEnd });
  if (daysBetween(today, task.periodStart) > 0)
    throw dutiesErrors.notYetOpen({ periodStart: task.periodStart });
}
