// Where each candidate is with an exam, from the attempts the attempts side writes (ExamAttempt rows).
import type { CandidateProgress } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';

const FINISHED = new Set(['SUBMITTED', 'ABANDONED']);

export interface PersonAttempts {
  progress: CandidateProgress;
  attempts: {
    attemptNo: number;
    status: string;
    score: number | null;
    counted: boolean;
    needsMarking: boolean;
  }[];
}

/** Per person of the exam(s): their attempts in order and their progress (none → not started). */
export async function attemptsByPerson(
  deps: Pick<TrainingDeps, 'prisma'>,
  where: { examId: string | { in: string[] }; personId?: string | { in: string[] } },
): Promise<Map<string, PersonAttempts>> {
  const rows = await deps.prisma.examAttempt.findMany({
    where,
    select: {
      examId: true,
      personId: true,
      attemptNo: true,
      status: true,
      score: true,
      counted: true,
      needsMarking: true,
    },
    orderBy: { attemptNo: 'asc' },
  });
  const byPerson = new Map<string, PersonAttempts>();
  for (const row of rows) {
    const key = `${row.examId}:${row.personId}`;
    const entry = byPerson.get(key) ?? { progress: 'NOT_STARTED' as CandidateProgress, attempts: [] };
    entry.attempts.push(row);
    byPerson.set(key, entry);
  }
  for (const entry of byPerson.values())
    entry.progress = entry.attempts.some((a) => !FINISHED.has(a.status))
      ? 'IN_PROGRESS'
      : entry.attempts.length
        ? 'SUBMITTED'
        : 'NOT_STARTED';
  return byPerson;
}

export const keyOf = (examId: string, personId: string) => `${examId}:${personId}`;
