// When a step has passed or failed, by its countersign mode (会签 all, 或签 any one, a share), and the tasks a
// stage starts with.
import type { ResolvedStep, Task } from './types.ts';

/** Tasks that still wait for someone. */
export const isLive = (task: Task) => task.status === 'PENDING' || task.status === 'WAITING';

/** Tasks that count for the step: its own approvers as they are now, not the ones handed on. */
const counted = (tasks: readonly Task[]) =>
  tasks.filter((t) => t.origin === 'STEP' && t.status !== 'TRANSFERRED' && t.status !== 'ESCALATED');

function needed(step: ResolvedStep, total: number): number {
  if (step.mode === 'ANY') return 1;
  if (step.mode === 'ALL') return total;
  // A tiny tolerance so 0.3 × 10 is 3, not 4.
  return Math.max(1, Math.ceil((step.ratio ?? 1) * total - 1e-9));
}

/** Enough approvals, and every signer added after an approver (后加签) has signed too. */
export function stepPassed(step: ResolvedStep, tasks: readonly Task[]): boolean {
  const own = counted(tasks);
  const approved = new Set(own.filter((t) => t.status === 'APPROVED').map((t) => t.id));
  const afterOpen = tasks.some(
    (t) =>
      t.origin === 'AFTER' &&
      t.status !== 'APPROVED' &&
      t.status !== 'TRANSFERRED' &&
      t.status !== 'ESCALATED' &&
      approved.has(t.parentTaskId ?? ''),
  );
  return approved.size >= needed(step, own.length) && !afterOpen;
}

/**
 * One rejection fails a 会签 or 或签 step (或签: the first decision, either way, decides) and any added signer's;
 * a share fails once too many rejected for it still to be reached.
 */
export function stepFailed(step: ResolvedStep, tasks: readonly Task[], rejected: Task): boolean {
  if (rejected.origin !== 'STEP' || step.mode !== 'RATIO') return true;
  const own = counted(tasks);
  const rejections = own.filter((t) => t.status === 'REJECTED').length;
  return rejections > own.length - needed(step, own.length);
}

const HOUR = 3_600_000;

/** Due after the step's hours; reminded when three quarters of them have gone. */
export function deadlines(step: ResolvedStep, from: Date): Pick<Task, 'dueAt' | 'remindAt'> {
  if (!step.deadlineHours) return { dueAt: null, remindAt: null };
  const window = step.deadlineHours * HOUR;
  return { dueAt: new Date(from.getTime() + window), remindAt: new Date(from.getTime() + window * 0.75) };
}
