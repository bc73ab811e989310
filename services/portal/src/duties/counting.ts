// Counting evidence toward tasks (完成依据): one proof per (task, event) — a redelivered event, or two deliveries at
// once, find the first one's row and count nothing more — and the task done once its count reaches the target.
// A manual tick is a proof of its own id. Evidence of a period already closed as missed still completes it: the
// work was done in time, only its event came late.
import { subscribe, type Subscription } from '@duda/events';
import { chinaDateOf } from '@duda/month';
import type { PortalPrisma } from '../prisma.ts';
import {
  examEvidence,
  formEvidence,
  inspectionEvidence,
  rectificationEvidence,
  type EvidenceFact,
} from './domain/evidence.ts';
import { countsAt } from './domain/periods.ts';
import type { DutiesDeps } from './duties-deps.ts';
import { examHeld, formSubmitted, inspectionSubmitted, rectificationClosed } from './evidence-events.ts';
import { generateTasks } from './generation.ts';
import { asHolder } from './holders.ts';

export interface Proof {
  sourceEventId: string;
  evidence: EvidenceFact['evidence'] | null;
  note?: string;
  area?: string;
  link?: string;
  occurredAt: Date;
  /** A manual tick's photo (photos.ts). */
  photoId?: string | null;
}

/** Adds a proof to a task unless it is there; true when this call added it. */
export async function addProof(
  prisma: PortalPrisma,
  taskId: string,
  proof: Proof,
  now: Date,
): Promise<boolean> {
  return prisma.$transaction(async (tx) => {
    const added = await tx.dutyProof.createMany({ data: [{ taskId, ...proof }], skipDuplicates: true });
    if (added.count === 0) return false;
    // The increment locks the row: concurrent proofs of one task are counted one after the other.
    const task = await tx.dutyTask.update({ where: { id: taskId }, data: { done: { increment: 1 } } });
    if (task.done >= task.target && task.status !== 'DONE')
      await tx.dutyTask.update({ where: { id: taskId }, data: { status: 'DONE', completedAt: now } });
    return true;
  });
}

/** Counts one event's evidence toward every task of the person it fits; the tasks it added to. */
export async function countEvidence(
  deps: Pick<DutiesDeps, 'prisma' | 'now'>,
  eventId: string,
  fact: EvidenceFact,
): Promise<string[]> {
  const day = chinaDateOf(fact.occurredAt);
  // Whose tasks: the person's, and for work done for a unit every holder's there.
  const whose = fact.orgNodeId
    ? { OR: [{ personId: fact.personId }, { orgNodeId: fact.orgNodeId }] }
    : { personId: fact.personId };
  // Their tasks of that day may not be made yet (the job runs at midnight; a person enrolled since).
  const holders = await deps.prisma.dutyHolder.findMany({ where: whose });
  await generateTasks(deps.prisma, holders.map(asHolder), day);
  const periodDay = fact.periodDay ?? day;
  const tasks = await deps.prisma.dutyTask.findMany({
    where: {
      ...whose,
      evidence: fact.evidence,
      periodStart: { lte: periodDay },
      periodEnd: { gte: periodDay },
    },
  });
  // Work named for its period counts there whenever done; other work only inside the task's period and window.
  const fits = (t: (typeof tasks)[number]) => fact.periodDay !== undefined || countsAt(t, fact.occurredAt);
  const counted: string[] = [];
  for (const task of tasks.filter(fits)) {
    const proof = {
      sourceEventId: eventId,
      evidence: fact.evidence,
      area: fact.area,
      link: fact.link,
      occurredAt: fact.occurredAt,
    };
    if (await addProof(deps.prisma, task.id, proof, deps.now())) counted.push(task.id);
  }
  return counted;
}

/** The event's evidence counted under `sourceId`: the event's id, or the record's when it may be told again. */
const counting = (deps: Pick<DutiesDeps, 'prisma' | 'now'>, sourceId: string, fact: EvidenceFact | null) =>
  fact ? countEvidence(deps, sourceId, fact) : Promise.resolve([]);

export const evidenceSubscriptions = (deps: Pick<DutiesDeps, 'prisma' | 'now'>): Subscription[] => [
  subscribe(inspectionSubmitted, 'count-duty-inspections', async (e) => {
    await counting(deps, e.id, inspectionEvidence(e.payload));
  }),
  subscribe(rectificationClosed, 'count-duty-rectifications', async (e) => {
    await counting(deps, e.id, rectificationEvidence(e.payload));
  }),
  // A record sent back by its approval and submitted anew is the same work: counted once, by its id.
  subscribe(formSubmitted, 'count-duty-forms', async (e) => {
    await counting(deps, e.payload.submissionId, formEvidence(e.payload));
  }),
  subscribe(examHeld, 'count-duty-exams', async (e) => {
    await counting(deps, e.payload.examId, examEvidence(e.payload));
  }),
];
