// An exam is held (考试已举行) once it has taken place: its window has closed, somebody sat it, and every attempt is
// closed (submitted or set aside — the overdue job closes the late ones first). Nothing in an exam's life changes
// at that moment, so the job `record-held-exams` finds such exams and claims each with `heldAt` in the
// transaction that records training.exam.held: once per exam however often or from however many processes it
// runs, and nothing recorded when the claim fails. A cancelled exam, or one nobody sat, is never held.
import { scheduleJob, recordEvent, type ScheduledJob } from '@duda/events';
import type { ExamTarget } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { examHeld } from '../events/domain-events.ts';

/** Records every exam that has taken place and is not yet recorded; returns their ids. */
export async function recordHeldExams(deps: Pick<TrainingDeps, 'prisma' | 'now'>): Promise<string[]> {
  const now = deps.now();
  const held = await deps.prisma.exam.findMany({
    where: {
      status: 'PUBLISHED',
      heldAt: null,
      closesAt: { lte: now },
      attempts: { some: {}, none: { status: { in: ['IN_PROGRESS', 'OVERDUE'] } } },
    },
    orderBy: { closesAt: 'asc' },
  });
  const recorded: string[] = [];
  const failures: unknown[] = [];
  for (const exam of held) {
    // One transaction per exam: the claim and the event commit together or not at all, and one exam that
    // cannot be recorded holds no other back (the job fails after the rest, so its error is logged and retried).
    const claimed = await deps.prisma
      .$transaction(async (tx) => {
        const claim = await tx.exam.updateMany({
          where: { id: exam.id, status: 'PUBLISHED', heldAt: null },
          data: { heldAt: now },
        });
        if (claim.count === 0) return false;
        const target = exam.target as ExamTarget;
        await recordEvent(tx, examHeld, {
          examId: exam.id,
          cityId: exam.cityId,
          orgNodeId: exam.orgNodeId,
          scope: target.orgNodeIds?.length ? target.orgNodeIds : [exam.orgNodeId],
          organiserId: exam.createdById,
          kind: exam.kind,
          month: exam.month,
          heldAt: now.toISOString(),
        });
        return true;
      })
      .catch((error: unknown) => {
        failures.push(error);
        return false;
      });
    if (claimed) recorded.push(exam.id);
  }
  if (failures.length) throw new AggregateError(failures, `${failures.length} held exam(s) not recorded`);
  return recorded;
}

/** Every five minutes (and at each start); an exam a late attempt holds back (the overdue job closes it) is held at a later run. */
export const heldExamJobs = (deps: Pick<TrainingDeps, 'prisma' | 'now'>): ScheduledJob[] => [
  scheduleJob(
    'record-held-exams',
    '*/5 * * * *',
    async () => {
      await recordHeldExams(deps);
    },
    { runAtStart: true },
  ),
];
