import { describe, expect, it } from 'vitest';
import type { MenuEntry } from './contract.ts';
import { firstPath, resolveMenuPaths, visibleMenu } from './menu.ts';
import { examAction } from './testing/examActions.ts';

// The inspection remote's menu as it declares it: relative paths, permissions per entry.
const inspectionMenu: MenuEntry[] = [
  {
    title: 'inspection.menu.group',
    icon: 'Checked',
    children: [
      { title: 'inspection.dashboard.menu', path: 'dashboard', permission: 'inspection.read' },
      { title: 'inspection.tasks.menu', path: 'tasks', permission: 'inspection.perform' },
      {
        title: 'inspection.plans.group',
        permission: 'inspection.plan.edit',
        children: [
          { title: 'inspection.plans.menu', path: 'plans' },
          {
            title: 'inspection.plans.approve',
            path: 'plans/approval',
            permission: 'inspection.plan.approve',
          },
        ],
      },
      { title: 'inspection.help', path: '/help' },
    ],
  },
];

const allowed =
  (...actions: string[]) =>
  (action: string) =>
    actions.includes(action);

describe('resolveMenuPaths', () => {
  it('puts relative paths under the mount point and leaves absolute ones and groups alone', () => {
    const [group] = resolveMenuPaths('/inspection/', inspectionMenu);
    expect(group!.path).toBeUndefined();
    expect(group!.children!.map((entry) => entry.path)).toEqual([
      '/inspection/dashboard',
      '/inspection/tasks',
      undefined,
      '/help',
    ]);
    expect(group!.children![2]!.children!.map((entry) => entry.path)).toEqual([
      '/inspection/plans',
      '/inspection/plans/approval',
    ]);
  });

  it('does not change the remote own entries', () => {
    resolveMenuPaths('/inspection', inspectionMenu);
    expect(inspectionMenu[0]!.children![0]!.path).toBe('dashboard');
  });
});

describe('visibleMenu', () => {
  const menu = resolveMenuPaths('/inspection', inspectionMenu);
  const paths = (entries: MenuEntry[]): string[] =>
    entries.flatMap((entry) => [...(entry.path ? [entry.path] : []), ...paths(entry.children ?? [])]);

  it('shows a hall manager what they may read and perform, not plan editing', () => {
    expect(paths(visibleMenu(menu, allowed('inspection.read', 'inspection.perform')))).toEqual([
      '/inspection/dashboard',
      '/inspection/tasks',
      '/help',
    ]);
  });

  it('applies a group permission to everything under it, then each child its own', () => {
    const supervisor = allowed('inspection.read', 'inspection.plan.edit');
    expect(paths(visibleMenu(menu, supervisor))).toEqual([
      '/inspection/dashboard',
      '/inspection/plans',
      '/help',
    ]);
    const leader = allowed('inspection.plan.approve');
    expect(paths(visibleMenu(menu, leader))).toEqual(['/help']);
  });

  it('drops groups left with nothing to open', () => {
    const noHelp: MenuEntry[] = [
      { title: 'x', children: [{ title: 'y', path: '/y', permission: examAction('exam.take') }] },
    ];
    expect(visibleMenu(noHelp, allowed())).toEqual([]);
    expect(visibleMenu([{ title: 'empty group', children: [] }], allowed())).toEqual([]);
    expect(visibleMenu([{ title: 'neither path nor children' }], allowed())).toEqual([]);
  });
});

describe('firstPath', () => {
  it('is the entry own path, or the first reachable one below it', () => {
    const [group] = visibleMenu(
      resolveMenuPaths('/inspection', inspectionMenu),
      allowed('inspection.perform'),
    );
    expect(firstPath(group!)).toBe('/inspection/tasks');
    expect(firstPath({ title: 'home', path: '/' })).toBe('/');
    expect(firstPath({ title: 'nothing', children: [{ title: 'group', children: [] }] })).toBeUndefined();
  });
});
