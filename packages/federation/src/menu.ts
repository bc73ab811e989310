import type { MenuEntry } from './contract.ts';

/** Menu entries with paths resolved against where the remote is mounted (`halls` → `/inspection/halls`). */
export function resolveMenuPaths(basePath: string, entries: MenuEntry[]): MenuEntry[] {
  const base = basePath.replace(/\/+$/, '');
  return entries.map((entry) => ({
    ...entry,
    ...(entry.path === undefined
      ? {}
      : { path: entry.path.startsWith('/') ? entry.path : `${base}/${entry.path}` }),
    ...(entry.children ? { children: resolveMenuPaths(basePath, entry.children) } : {}),
  }));
}

/**
 * What the user may see: entries whose permission they lack are dropped, and so are groups left with
 * nothing to open. A group's own permission applies to everything under it.
 */
export function visibleMenu(entries: MenuEntry[], can: (action: string) => boolean): MenuEntry[] {
  return entries.flatMap((entry) => {
    if (entry.permission && !can(entry.permission)) return [];
    if (!entry.children) return entry.path === undefined ? [] : [entry];
    const children = visibleMenu(entry.children, can);
    if (children.length === 0 && entry.path === undefined) return [];
    return [{ ...entry, children }];
  });
}

/** The first place a (filtered) menu entry leads to: its own path or its first child's. */
export function firstPath(entry: MenuEntry): string | undefined {
  if (entry.path !== undefined) return entry.path;
  for (const child of entry.children ?? []) {
    const path = firstPath(child);
    if (path !== undefined) return path;
  }
  return undefined;
}
