// `portal.duties.mine`: the caller's tasks of a day, a week or a month, with their progress and evidence. Asking
// about a span that includes today first makes today's tasks (the caller is enrolled if new), so a person sees
// their duties the first morning, before the generation job has ever counted them.
import { dutiesErrors, type DutySpan, type MyDuties } from '@duda/contract-portal';
import { chinaDateOf, daysBetween, type CalendarDate } from '@duda/month';
import { periodOf } from './domain/periods.ts';
import type { DutiesDeps, SignedIn } from './duties-deps.ts';
import { generateTasks } from './generation.ts';
import { callerHolders } from './holders.ts';
import { addProof } from './counting.ts';
import { photoForTick } from './photos.ts';
import { assertTickable } from './tickable.ts';
import { taskView } from './views.ts';

const CADENCE_OF_SPAN = { day: 'DAILY', week: 'WEEKLY', month: 'MONTHLY' } as const;

export function spanOf(span: DutySpan, date: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const period = periodOf(CADENCE_OF_SPAN[span], date);
  return { from: period.start, to: period.end };
}

const within = (day: CalendarDate, from: CalendarDate, to: CalendarDate) =>
  daysBetween(from, day) >= 0 && daysBetween(day, to) >= 0;

/** The caller's tasks for today, made if missing; what the inbox and "my duties" read. */
export async function ensureToday(deps: DutiesDeps, ctx: SignedIn): Promise<void> {
  const holders = await callerHolders(deps, ctx);
  if (holders.length) await generateTasks(deps.prisma, holders, chinaDateOf(deps.now()));
}

export async function myDuties(
  deps: DutiesDeps,
  ctx: SignedIn,
  input: { span: DutySpan; date?: string | null },
): Promise<MyDuties> {
  const now = deps.now();
  const today = chinaDateOf(now);
  const { from, to } = spanOf(input.span, input.date ?? today);
  if (within(today, from, to)) await ensureToday(deps, ctx);
  const rows = await deps.prisma.dutyTask.findMany({
    where: { personId: ctx.actor.personId, periodStart: { lte: to }, periodEnd: { gte: from } },
    include: { proofs: true },
    orderBy: [{ dueAt: 'asc' }, { code: 'asc' }],
  });
  const tasks = rows.map((row) => taskView(row, now));
  return {
    span: input.span,
    from,
    to,
    tasks,
    done: tasks.filter((t) => t.status === 'DONE').length,
    total: tasks.length,
  };
}

/**
 * `portal.duties.tick`: the caller marks one of their own duties without evidence done once, with a note and
 * optionally a photo uploaded for it (photos.ts).
 */
export async function tickDuty(
  deps: DutiesDeps,
  ctx: SignedIn,
  input: { taskId: string; note: string; photoId?: string | null },
) {
  const now = deps.now();
  const task = await deps.prisma.dutyTask.findFirst({
    where: { id: input.taskId, personId: ctx.actor.personId },
  });
  if (!task) throw dutiesErrors.taskNotFound({}, 'taskId');
  assertTickable(task, now);
  const photoId = input.photoId ? await photoForTick(deps.prisma, ctx, task, input.photoId) : null;
  await addProof(
    deps.prisma,
    task.id,
    { sourceEventId: crypto.randomUUID(), evidence: null, note: input.note, occurredAt: now, photoId },
    now,
  );
  const row = await deps.prisma.dutyTask.findUniqueOrThrow({
    where: { id: task.id },
    include: { proofs: true },
  });
  return taskView(row, now);
}
