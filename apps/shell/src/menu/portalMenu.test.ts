import { resolveMenuPaths } from '@duda/federation';
import type { MenuEntry } from '@duda/federation';
import { describe, expect, it } from 'vitest';
import type { RemoteState } from '../remotes/registry.ts';
import { activeMenuPath, portalMenu } from './portalMenu.ts';

const inspectionMenu = resolveMenuPaths('/inspection', [
  {
    title: 'inspection.menu.group',
    children: [
      { title: 'inspection.dashboard.menu', path: 'dashboard', permission: 'inspection.read' },
      { title: 'inspection.tasks.menu', path: 'tasks', permission: 'inspection.perform' },
      { title: 'inspection.plans.menu', path: 'plans', permission: 'inspection.plan.edit' },
    ],
  },
]);

const remote = (name: string, status: RemoteState['status'], menu: MenuEntry[] = []): RemoteState => ({
  name,
  entry: `/remotes/${name}/mf-manifest.json`,
  status,
  mounted: status === 'ready' ? { name, title: `${name}.title`, basePath: `/${name}`, menu } : null,
});

const unavailable = (name: string): MenuEntry => ({
  title: name,
  path: `/${name}`,
  permission: `${name}.read`,
});
const rolePermissions: Record<string, string[]> = {
  hall_manager: ['inspection.read', 'inspection.perform'],
  city_supervisor: ['inspection.read', 'inspection.plan.edit'],
  clerk: [],
};
const can = (role: string) => (action: string) => rolePermissions[role]!.includes(action);
const paths = (entries: MenuEntry[]): string[] =>
  entries.flatMap((entry) => [...(entry.path ? [entry.path] : []), ...paths(entry.children ?? [])]);

describe('portalMenu', () => {
  const remotes = [remote('inspection', 'ready', inspectionMenu)];

  it('shows each role only the pages it may open, home first', () => {
    expect(paths(portalMenu(remotes, can('hall_manager'), unavailable))).toEqual([
      '/',
      '/inspection/dashboard',
      '/inspection/tasks',
    ]);
    expect(paths(portalMenu(remotes, can('city_supervisor'), unavailable))).toEqual([
      '/',
      '/inspection/dashboard',
      '/inspection/plans',
    ]);
    expect(portalMenu(remotes, can('clerk'), unavailable)).toEqual([
      { title: 'shell.menu.home', path: '/', icon: 'HomeFilled' },
    ]);
  });

  it('gives a failed remote one entry to its stand-in page, only for those who could use it', () => {
    const down = [remote('inspection', 'failed')];
    expect(paths(portalMenu(down, can('hall_manager'), unavailable))).toEqual(['/', '/inspection']);
    expect(paths(portalMenu(down, can('clerk'), unavailable))).toEqual(['/']);
  });

  it('shows nothing yet for a remote still loading', () => {
    expect(paths(portalMenu([remote('inspection', 'loading')], can('hall_manager'), unavailable))).toEqual([
      '/',
    ]);
  });
});

describe('activeMenuPath', () => {
  const menu = portalMenu([remote('inspection', 'ready', inspectionMenu)], can('hall_manager'), unavailable);

  it('highlights the entry the current page lies under, the most specific one', () => {
    expect(activeMenuPath(menu, '/inspection/tasks')).toBe('/inspection/tasks');
    expect(activeMenuPath(menu, '/inspection/tasks/42/perform')).toBe('/inspection/tasks');
    expect(activeMenuPath(menu, '/')).toBe('/');
  });

  it('highlights nothing for pages outside the menu (home is not a prefix of everything)', () => {
    expect(activeMenuPath(menu, '/profile')).toBeUndefined();
    expect(activeMenuPath(menu, '/inspection/tasksx')).toBeUndefined();
  });
});
