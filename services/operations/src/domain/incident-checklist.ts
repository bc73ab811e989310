// The live checklist of an incident or drill (处置清单): each step ticked once, with time and person; how far it has
// got; when it goes up to the district (上报区县) — from the plan's level on.
import type { IncidentLevel } from '@duda/contract-operations';

export interface ChecklistStep {
  order: number;
  doneAt: Date | null;
  doneByName: string | null;
}

export type TickRefusal =
  { refused: 'unknown'; order: number } | { refused: 'done'; order: number; by: string; at: Date };

/** The step to tick, or why it cannot be: no such step, or ticked already (by whom, when). */
export function tickRefusal(steps: readonly ChecklistStep[], order: number): TickRefusal | null {
  const step = steps.find((one) => one.order === order);
  if (!step) return { refused: 'unknown', order };
  if (step.doneAt) return { refused: 'done', order, by: step.doneByName ?? '', at: step.doneAt };
  return null;
}

export function checklistProgress(steps: readonly ChecklistStep[]) {
  const done = steps.filter((step) => step.doneAt).length;
  return { done, total: steps.length, complete: steps.length > 0 && done === steps.length };
}

/** An incident at or above the plan's level is the district's to know about. */
export const reachesDistrict = (level: number, escalateAt: number) => level >= escalateAt;

/** A level may only go up: a lower or equal one is refused. */
export const isHigherLevel = (current: number, wanted: IncidentLevel) => wanted > current;

/** Minutes from the start to the close (a drill's time), whole minutes rounded up; null while open. */
export function minutesTaken(startedAt: Date, closedAt: Date | null): number | null {
  if (!closedAt) return null;
  return Math.max(0, Math.ceil((closedAt.getTime() - startedAt.getTime()) / 60_000));
}
