// `portal.worklog.{day, save, team}`: the caller's work log of a day (工作日志), written on that day only, and the
// logs of the people in a supervisor's scope. Saving is submitting (the unsent text is the page's device draft);
// the first save counts as the evidence of the duties that ask for the day's log.
import type { Actor } from '@duda/authz';
import { worklogErrors, type MyWorkLog, type WorkLogInput, type WorkLogView } from '@duda/contract-portal';
import { chinaDateOf } from '@duda/month';
import { countEvidence } from '../duties/counting.ts';
import { workLogEvidence } from '../duties/domain/evidence.ts';
import type { DutiesDeps } from '../duties/duties-deps.ts';
import { logEditing } from './domain/editing.ts';
import { logView } from './views.ts';
import { readableWhere, writerOf } from './writer.ts';

type Deps = Pick<DutiesDeps, 'prisma' | 'now'>;

export async function myLog(deps: Deps, actor: Actor, input: { day?: string | null }): Promise<MyWorkLog> {
  const today = chinaDateOf(deps.now());
  const day = input.day ?? today;
  const log = await deps.prisma.workLog.findUnique({
    where: { personId_day: { personId: actor.personId, day } },
  });
  return { day, today, editable: logEditing(day, today) === 'open', log: log && logView(log) };
}

export async function saveLog(deps: Deps, actor: Actor, input: WorkLogInput): Promise<WorkLogView> {
  const writer = writerOf(actor);
  const now = deps.now();
  const editing = logEditing(input.day, chinaDateOf(now));
  if (editing === 'closed') throw worklogErrors.dayClosed({ day: input.day }, 'day');
  if (editing === 'future') throw worklogErrors.futureDay({ day: input.day }, 'day');
  const content = { entries: input.entries, floorMinutes: input.floorMinutes, issues: input.issues };
  const log = await deps.prisma.workLog.upsert({
    where: { personId_day: { personId: actor.personId, day: input.day } },
    create: { ...writer, day: input.day, ...content, submittedAt: now },
    update: content,
  });
  // Keyed by the log's id: saving the day's log again counts nothing more.
  await countEvidence(deps, log.id, workLogEvidence({ logId: log.id, ...log }));
  return logView(log);
}

export async function teamLogs(
  deps: Deps,
  actor: Actor,
  input: { from: string; to: string; personId?: string | null },
): Promise<WorkLogView[]> {
  const rows = await deps.prisma.workLog.findMany({
    where: { ...readableWhere(actor, input.personId), day: { gte: input.from, lte: input.to } },
    orderBy: [{ day: 'desc' }, { orgName: 'asc' }, { personName: 'asc' }],
    take: 500,
  });
  return rows.map(logView);
}
