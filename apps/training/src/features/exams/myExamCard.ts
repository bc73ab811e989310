// What a 我的考试 card says and offers, from the examinee's exam row.
import type { ExamPhase } from '@duda/contract-training';

export interface MyExamState {
  phase: ExamPhase;
  progress: 'NOT_STARTED' | 'IN_PROGRESS' | 'SUBMITTED';
  canStart: boolean;
  attemptsUsed: number;
  attemptsAllowed: number;
}

/** The card's button: start or resume while open, otherwise why not (a message key under `mine`). */
export function cardAction(
  exam: MyExamState,
): { kind: 'start' | 'resume'; enabled: true } | { kind: string; enabled: false } {
  if (exam.canStart) return { kind: exam.progress === 'IN_PROGRESS' ? 'resume' : 'start', enabled: true };
  if (exam.phase === 'SCHEDULED') return { kind: 'notOpen', enabled: false };
  if (exam.phase === 'OPEN') return { kind: 'noAttemptsLeft', enabled: false };
  return { kind: 'closed', enabled: false };
}
