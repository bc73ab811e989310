import { firstPath } from '@duda/federation';
import type { MenuEntry } from '@duda/federation';

/** How many to-dos an area has waiting, as `portal.inbox.counts` answers per area. */
export interface AreaCount {
  area: string;
  available: boolean;
  total: number;
  overdue: number;
}

/**
 * The remote a top-level menu entry stands for: remotes are mounted at `/<name>`, so it is the first segment of
 * where the entry leads (the group's first page, or a failed remote's stand-in). The shell's own entries have none.
 */
export function remoteOfEntry(entry: MenuEntry): string | undefined {
  const segment = firstPath(entry)?.split('/')[1];
  return segment ? segment : undefined;
}

/** The badge of a menu entry: its area's count when something waits there, nothing otherwise. */
export function badgeOf(entry: MenuEntry, counts: readonly AreaCount[]): AreaCount | undefined {
  const remote = remoteOfEntry(entry);
  return counts.find((count) => count.area === remote && count.available && count.total > 0);
}
