// Short staves (短木板): the checklist items failed most often across many inspections, i.e. the common
// problems a monthly notice and the training plan should address. The failure rate is problems over the
// inspections where the item applied, so N/A results neither help nor hurt.
import { percentage } from '@duda/contract-inspection';
import type { ItemJudgement } from '@duda/contract-inspection';

export interface ItemObservation {
  hallId: string;
  inspectionId: string;
  itemCode: string;
  itemTitle: string;
  sectionName: string;
  judgement: ItemJudgement;
}

export interface ShortStave {
  itemCode: string;
  itemTitle: string;
  sectionName: string;
  /** Inspections where the item applied. */
  inspected: number;
  failed: number;
  /** Percentage, one decimal. */
  failureRate: number;
  hallsAffected: number;
}

export interface ShortStaveOptions {
  limit?: number;
  /** Ignore items judged fewer times than this, so one failure in one inspection does not read as 100 %. */
  minInspected?: number;
}

export function shortStaves(
  observations: readonly ItemObservation[],
  options: ShortStaveOptions = {},
): ShortStave[] {
  const { limit = 10, minInspected = 1 } = options;
  const byItem = new Map<
    string,
    { title: string; section: string; inspected: number; failed: number; halls: Set<string> }
  >();
  for (const o of observations) {
    if (o.judgement === 'NA') continue;
    const stats = byItem.get(o.itemCode) ?? {
      title: o.itemTitle,
      section: o.sectionName,
      inspected: 0,
      failed: 0,
      halls: new Set(),
    };
    stats.inspected += 1;
    if (o.judgement === 'PROBLEM') {
      stats.failed += 1;
      stats.halls.add(o.hallId);
    }
    byItem.set(o.itemCode, stats);
  }
  return [...byItem.entries()]
    .filter(([, s]) => s.failed > 0 && s.inspected >= minInspected)
    .map(([itemCode, s]) => ({
      itemCode,
      itemTitle: s.title,
      sectionName: s.section,
      inspected: s.inspected,
      failed: s.failed,
      failureRate: percentage(s.failed, s.inspected) as number,
      hallsAffected: s.halls.size,
    }))
    .sort(
      (a, b) => b.failureRate - a.failureRate || b.failed - a.failed || a.itemCode.localeCompare(b.itemCode),
    )
    .slice(0, limit);
}
