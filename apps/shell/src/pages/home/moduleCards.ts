import { firstPath } from '@duda/federation';
import type { MenuEntry } from '@duda/federation';

export interface ModuleCard {
  title: string;
  icon?: string;
  /** Where the card itself leads. */
  path: string;
  /** The module's pages, as links on the card. */
  links: { title: string; path: string }[];
}

const leaves = (entry: MenuEntry): { title: string; path: string }[] =>
  entry.children?.length
    ? entry.children.flatMap(leaves)
    : entry.path === undefined
      ? []
      : [{ title: entry.title, path: entry.path }];

/** One card per module of the (already filtered) menu; the home entry itself is not a module. */
export function moduleCards(menu: MenuEntry[]): ModuleCard[] {
  return menu.flatMap((entry) => {
    const path = firstPath(entry);
    if (path === undefined || path === '/') return [];
    // A module that is a single page (or stands in for one that failed to load) is its card's own link.
    const links = entry.children?.length ? leaves(entry) : [];
    return [{ title: entry.title, ...(entry.icon ? { icon: entry.icon } : {}), path, links }];
  });
}
