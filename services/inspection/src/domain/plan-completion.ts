// When a planned inspection task (计划检查任务) is done. The plan assigns each entry a kind and its inspectors;
// only that inspection by one of them carries the entry out. The hall's own self-check against the checklist
// issued to it (制发检查单) may name the entry, but it prepares for the visit and never replaces it.
import { inspectionErrors, type InspectionKind } from '@duda/contract-inspection';
import { monthTerm } from '@duda/contract-kit';

export interface PlannedTask {
  /** A planned kind; typed as any inspection kind because the entry is stored with that enum. */
  kind: InspectionKind;
  inspectorIds: readonly string[];
}

export interface InspectionOfTask {
  kind: InspectionKind;
  inspectorId: string;
}

/** Whether the inspection carries out the plan entry: the planned kind, by an inspector the entry assigns. */
export const carriesOutPlanEntry = (entry: PlannedTask, inspection: InspectionOfTask): boolean =>
  inspection.kind === entry.kind && entry.inspectorIds.includes(inspection.inspectorId);

/**
 * Refuses starting an inspection that names the plan entry unless it is the planned inspection by an assigned
 * inspector, or the hall's self-check against the entry's issued checklist. A mystery-shopper visit is never
 * issued to the hall, so its entry is answered as missing rather than revealed.
 */
export function assertMayStartPlanEntry(
  entry: PlannedTask,
  start: { kind: InspectionKind; personId: string },
): void {
  if (start.kind === entry.kind) {
    if (!entry.inspectorIds.includes(start.personId)) throw inspectionErrors.planEntryNotAssigned();
    return;
  }
  if (start.kind !== 'SELF_CHECK') throw inspectionErrors.kindMismatch({}, 'kind');
  if (entry.kind === 'MYSTERY') throw inspectionErrors.planEntryMissing({}, 'planEntryId');
}

/**
 * A plan is issued ahead of its month, but the visit it plans belongs to that month (its figures, its notice):
 * the planned inspection starts once the month has begun. The hall's self-check against the issued checklist
 * may start at once: checking itself before the visit is what the checklist is issued for.
 */
export function assertPlannedMonthBegun(
  entry: { kind: InspectionKind; month: string },
  start: { kind: InspectionKind; month: string },
): void {
  if (start.kind === entry.kind && start.month < entry.month)
    throw inspectionErrors.plannedVisitNotYet({ month: monthTerm(entry.month) });
}
