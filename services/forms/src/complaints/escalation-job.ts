// The escalation job (投诉超时升级): every few minutes, each open case past its time limit goes one level up the role
// line, with an ESCALATE entry and the forms.complaint.escalated event; the level above gets the category's time
// again, the city's own if it set one. Each case is worked under its row lock and
// re-judged there, so two runs at once, or one run twice, escalate it once.
import { scheduleJob, type ScheduledJob } from '@duda/events';
import { recordEvent } from '@duda/events';
import type { FormsDeps } from '../deps.ts';
import { escalate, LEVEL_ROLE } from './domain/escalation.ts';
import { cityLimitHours } from './city-limits.ts';
import { complaintEscalated } from './events.ts';
import { appendHistory, loadLocked, saveState, stateOf } from './store.ts';

type Deps = Pick<FormsDeps, 'prisma' | 'now'>;

/** Escalates every case due; returns how many it moved. */
export async function processComplaintEscalations(deps: Deps): Promise<number> {
  const now = deps.now();
  const due = await deps.prisma.complaint.findMany({
    where: { status: { not: 'CLOSED' }, level: { not: 'CITY' }, dueAt: { lte: now } },
    select: { id: true },
  });
  let moved = 0;
  for (const { id } of due) {
    const worked = await deps.prisma.$transaction(async (tx) => {
      const row = await loadLocked(tx, id);
      const result = row && escalate(stateOf(row), now, await cityLimitHours(tx, row.cityId));
      if (!row || !result) return false;
      const saved = await saveState(tx, id, result.state, { escalatedAt: now });
      await appendHistory(tx, id, result.entry, now);
      const { role, unit } = LEVEL_ROLE[saved.level];
      await recordEvent(tx, complaintEscalated, {
        complaintId: saved.id,
        number: saved.number,
        hallId: saved.hallId,
        hallName: saved.hallName,
        category: saved.category,
        level: saved.level,
        to: { role, orgNodeId: result.state.line[unit]! },
        dueAt: saved.dueAt.toISOString(),
        at: now.toISOString(),
      });
      return true;
    });
    if (worked) moved += 1;
  }
  return moved;
}

export const complaintJobs = (deps: Deps): ScheduledJob[] => [
  scheduleJob(
    'complaint-escalations',
    '*/5 * * * *',
    async () => {
      await processComplaintEscalations(deps);
    },
    { runAtStart: true },
  ),
];
