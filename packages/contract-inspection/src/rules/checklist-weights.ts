import type { ChecklistSection } from './types.ts';

/** The weight a section carries in the total (分值合计): the sum of its items' weights. */
export function sectionWeight(section: ChecklistSection): number {
  return section.items.reduce((sum, item) => sum + item.weight, 0);
}

/** A standard's size at a glance: how many items and how much weight in all. */
export function checklistTotals(sections: readonly ChecklistSection[]): { items: number; weight: number } {
  return sections.reduce(
    (totals, section) => ({
      items: totals.items + section.items.length,
      weight: totals.weight + sectionWeight(section),
    }),
    { items: 0, weight: 0 },
  );
}
