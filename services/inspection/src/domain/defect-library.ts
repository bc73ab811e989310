// A hall's defect library (缺陷库, docs/domain.md#inspection): the problems found in its inspections
// grouped by checklist item, so a problem that keeps coming back stands out from a one-off slip. An item is
// "recurring" when it was found at least twice in the last 90 days (both configurable).
import { daysBetween } from '@duda/month';
import type { CalendarDate } from '@duda/month';
import type { InspectionKind, RectificationStatus } from '@duda/contract-inspection';

/** One problem on one item in one inspection of the hall. */
export interface DefectObservation {
  itemCode: string;
  itemTitle: string;
  sectionName: string;
  inspectionId: string;
  inspectedOn: CalendarDate;
  kind: InspectionKind;
}

export interface DefectLibraryOptions {
  today: CalendarDate;
  /** The hall's rectification orders, to show how many of each item's problems are still open. */
  rectifications?: readonly { itemCode: string; status: RectificationStatus }[];
  recurrenceWindowDays?: number;
  recurrenceThreshold?: number;
}

export interface DefectEntry {
  itemCode: string;
  /** From the most recent observation, since titles may be reworded between template versions. */
  itemTitle: string;
  sectionName: string;
  occurrences: number;
  firstSeen: CalendarDate;
  lastSeen: CalendarDate;
  last30Days: number;
  last90Days: number;
  /** Count inside the recurrence window (90 days unless configured). */
  inWindow: number;
  isRecurring: boolean;
  byKind: Partial<Record<InspectionKind, number>>;
  openRectifications: number;
  closedRectifications: number;
}

const withinDays = (date: CalendarDate, today: CalendarDate, days: number) => {
  const age = daysBetween(date, today);
  return age >= 0 && age < days;
};

export function buildDefectLibrary(
  observations: readonly DefectObservation[],
  options: DefectLibraryOptions,
): DefectEntry[] {
  const { today, recurrenceWindowDays = 90, recurrenceThreshold = 2 } = options;
  // The same item counted twice for one inspection would fake a recurrence; a date after `today` can only
  // be a data error and is left out rather than shown as "last seen".
  const unique = new Map(
    observations
      .filter((o) => o.inspectedOn <= today)
      .map((o) => [`${o.inspectionId}\u0000${o.itemCode}`, o]),
  );
  const byItem = new Map<string, DefectObservation[]>();
  for (const observation of unique.values()) {
    byItem.set(observation.itemCode, [...(byItem.get(observation.itemCode) ?? []), observation]);
  }

  const entries = [...byItem.entries()].map(([itemCode, list]): DefectEntry => {
    const sorted = [...list].sort((a, b) => a.inspectedOn.localeCompare(b.inspectedOn));
    const latest = sorted[sorted.length - 1] as DefectObservation;
    const inWindow = sorted.filter((o) => withinDays(o.inspectedOn, today, recurrenceWindowDays)).length;
    const orders = options.rectifications?.filter((r) => r.itemCode === itemCode) ?? [];
    const byKind: Partial<Record<InspectionKind, number>> = {};
    for (const o of sorted) byKind[o.kind] = (byKind[o.kind] ?? 0) + 1;
    return {
      itemCode,
      itemTitle: latest.itemTitle,
      sectionName: latest.sectionName,
      occurrences: sorted.length,
      firstSeen: (sorted[0] as DefectObservation).inspectedOn,
      lastSeen: latest.inspectedOn,
      last30Days: sorted.filter((o) => withinDays(o.inspectedOn, today, 30)).length,
      last90Days: sorted.filter((o) => withinDays(o.inspectedOn, today, 90)).length,
      inWindow,
      isRecurring: inWindow >= recurrenceThreshold,
      byKind,
      openRectifications: orders.filter((r) => r.status !== 'ACCEPTED').length,
      closedRectifications: orders.filter((r) => r.status === 'ACCEPTED').length,
    };
  });

  return entries.sort(
    (a, b) =>
      b.inWindow - a.inWindow ||
      b.occurrences - a.occurrences ||
      b.lastSeen.localeCompare(a.lastSeen) ||
      a.itemCode.localeCompare(b.itemCode),
  );
}
