// Editing a plan's entries (检查安排) one at a time while the service stores the whole list: each change
// is the full list with one entry replaced, added or removed.
import { pickedMonthOf, type MonthKey } from '@duda/month';
import type { PlanEntryInput, PlanEntryView } from './api.ts';

/** Entries come back with the general kind type; the service refuses to plan a 日检, so only planned kinds occur. */
export const plannedKindOf = (kind: PlanEntryView['kind']): PlanEntryInput['kind'] =>
  kind === 'DAILY' ? 'SELF_CHECK' : kind;

export const toEntryInput = (entry: PlanEntryView): PlanEntryInput => ({
  hallId: entry.hallId,
  kind: plannedKindOf(entry.kind),
  templateId: entry.templateId,
  inspectorIds: [...entry.inspectorIds],
  plannedDate: entry.plannedDate,
});

/** The list with `entry` in place of the one at `index`, or added at the end when `index` is null. */
export function withEntry(
  entries: readonly PlanEntryView[],
  index: number | null,
  entry: PlanEntryInput,
): PlanEntryInput[] {
  const inputs = entries.map(toEntryInput);
  if (index === null) return [...inputs, entry];
  return inputs.map((existing, position) => (position === index ? entry : existing));
}

export function withoutEntry(entries: readonly PlanEntryView[], index: number): PlanEntryInput[] {
  return entries.filter((_, position) => position !== index).map(toEntryInput);
}

/** Dates outside the plan's month cannot be picked (the service refuses them). */
export function isOutsideMonth(date: Date, month: MonthKey): boolean {
  return pickedMonthOf(date) !== month;
}

/** Which entry a field error (`entries.2.plannedDate`) is about. */
export function entryIndexOf(field: string): number | null {
  const match = field.match(/^entries\.(\d+)/);
  return match ? Number(match[1]) : null;
}
