import { visibleMenu } from '@duda/federation';
import type { MenuEntry } from '@duda/federation';
import type { RemoteState } from '../remotes/registry.ts';

/** The shell's own entries, before those of the remotes. */
export const shellMenu: MenuEntry[] = [{ title: 'shell.menu.home', path: '/', icon: 'HomeFilled' }];

/**
 * The side menu: the shell's entries, then each remote's in the order the gateway lists them (a remote that
 * failed gets one entry leading to its stand-in page), all filtered by the user's permissions.
 */
export function portalMenu(
  remotes: readonly RemoteState[],
  can: (action: string) => boolean,
  unavailableEntry: (name: string) => MenuEntry,
): MenuEntry[] {
  const remoteEntries = remotes.flatMap((remote) => {
    if (remote.status === 'ready' && remote.mounted) return remote.mounted.menu;
    return remote.status === 'failed' ? [unavailableEntry(remote.name)] : [];
  });
  return visibleMenu([...shellMenu, ...remoteEntries], can);
}

/** The menu entry to highlight: the one with the longest path the current page lies under. */
export function activeMenuPath(entries: MenuEntry[], currentPath: string): string | undefined {
  const paths = entries.flatMap(function collect(entry): string[] {
    return [...(entry.path === undefined ? [] : [entry.path]), ...(entry.children ?? []).flatMap(collect)];
  });
  const under = (path: string) =>
    path === '/' ? currentPath === '/' : currentPath === path || currentPath.startsWith(`${path}/`);
  return paths.filter(under).sort((a, b) => b.length - a.length)[0];
}
