import type { DefectEntry } from './api.ts';

export interface DefectFilter {
  q: string | null;
  recurringOnly: boolean;
}

/** The entries matching the keyword (code or title) and, if asked, only the recurring ones; order kept. */
export function filterDefects(entries: readonly DefectEntry[], filter: DefectFilter): DefectEntry[] {
  const q = (filter.q ?? '').trim().toLowerCase();
  return entries.filter(
    (entry) =>
      (!filter.recurringOnly || entry.isRecurring) &&
      (!q || entry.itemCode.toLowerCase().includes(q) || entry.itemTitle.toLowerCase().includes(q)),
  );
}

/** "月度检查 2、交叉巡检 1": how the problem was found, most frequent way first. */
export function kindsText(byKind: DefectEntry['byKind'], label: (kind: string) => string): string {
  return Object.entries(byKind)
    .filter(([, count]) => (count ?? 0) > 0)
    .sort(([, a], [, b]) => (b ?? 0) - (a ?? 0))
    .map(([kind, count]) => `${label(kind)} ${count}`)
    .join('、');
}
