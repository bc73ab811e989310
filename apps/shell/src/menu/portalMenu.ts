import { visibleMenu } from '@duda/federation';
import type { LocalizedText, MenuEntry } from '@duda/federation';
import { basePathOf } from '@duda/federation/host';
import type { RemoteState } from '../remotes/registry.ts';

/** The shell's own entries, before those of the remotes. */
export const shellMenu: MenuEntry[] = [
  { title: 'shell.menu.home', path: '/', icon: 'HomeFilled' },
  // 必做事项: the portal's own page (its count of duties due today shows as the `duties` area's badge).
  { title: 'shell.duties.menu', path: '/duties', icon: 'List', permission: 'portal.duty.view' },
  // 工作日志与周报: the portal's own page, written on the floor (phone-friendly).
  { title: 'shell.worklog.menu', path: '/worklog', icon: 'EditPen', permission: 'portal.worklog.write' },
  // 营业厅月报（表2）: the hall manager writes it, supervisors read it (its to-do opens ?month=).
  { title: 'shell.reports.menu', path: '/reports', icon: 'Document', permission: 'portal.report.read' },
];

/** A remote's place in the menu: a group of its own entries, or one entry to its stand-in page. */
function remoteEntry(remote: RemoteState, label: (text: LocalizedText) => string): MenuEntry[] {
  const { presentation } = remote;
  const title = label(presentation.title);
  if (remote.status === 'ready' && remote.mounted) {
    return [
      { title, ...(presentation.icon ? { icon: presentation.icon } : {}), children: remote.mounted.menu },
    ];
  }
  if (remote.status !== 'failed') return [];
  // Its own menu never arrived: offered to those its presentation names, leading to the stand-in page.
  return [
    {
      title,
      path: basePathOf(remote.name),
      icon: 'WarningFilled',
      ...(presentation.permission ? { permission: presentation.permission } : {}),
    },
  ];
}

/**
 * The side menu: the shell's entries, then one group per remote in the order the remotes declare (ties in
 * the order the gateway lists them), titled and iconed as each presents itself, all filtered by the
 * user's permissions.
 */
export function portalMenu(
  remotes: readonly RemoteState[],
  can: (action: string) => boolean,
  label: (text: LocalizedText) => string,
): MenuEntry[] {
  const ordered = [...remotes].sort((a, b) => a.presentation.order - b.presentation.order);
  return visibleMenu([...shellMenu, ...ordered.flatMap((remote) => remoteEntry(remote, label))], can);
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
