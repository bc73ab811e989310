import { defaultPresentation, resolveMenuPaths } from '@duda/federation';
import type { LocalizedText, MenuEntry, RemotePresentation } from '@duda/federation';
import { describe, expect, it } from 'vitest';
import type { RemoteState } from '../remotes/registry.ts';
import { activeMenuPath, portalMenu } from './portalMenu.ts';

const inspectionMenu = resolveMenuPaths('/inspection', [
  { title: 'inspection.dashboard.menu', path: 'dashboard', permission: 'inspection.read' },
  { title: 'inspection.tasks.menu', path: 'tasks', permission: 'inspection.perform' },
  { title: 'inspection.plans.menu', path: 'plans', permission: 'inspection.plan.edit' },
]);

// As the gateway lists the inspection remote (its remote.json).
const inspection: RemotePresentation = {
  name: 'inspection',
  title: { 'zh-CN': '服务检查', en: 'Service inspection' },
  icon: 'Checked',
  order: 10,
  permission: 'inspection.read',
};

const remote = (
  presentation: RemotePresentation,
  status: RemoteState['status'],
  menu: MenuEntry[] = [],
): RemoteState => ({
  name: presentation.name,
  entry: `/remotes/${presentation.name}/mf-manifest.json`,
  presentation,
  status,
  mounted:
    status === 'ready'
      ? { name: presentation.name, title: presentation.title, basePath: `/${presentation.name}`, menu }
      : null,
});

const rolePermissions: Record<string, string[]> = {
  hall_manager: ['inspection.read', 'inspection.perform'],
  city_supervisor: ['inspection.read', 'inspection.plan.edit'],
  clerk: [],
};
const can = (role: string) => (action: string) => rolePermissions[role]!.includes(action);
const zh = (text: LocalizedText) => text['zh-CN'];
const paths = (entries: MenuEntry[]): string[] =>
  entries.flatMap((entry) => [...(entry.path ? [entry.path] : []), ...paths(entry.children ?? [])]);

describe('portalMenu', () => {
  const remotes = [remote(inspection, 'ready', inspectionMenu)];

  it('shows each role only the pages it may open, home first', () => {
    expect(paths(portalMenu(remotes, can('hall_manager'), zh))).toEqual([
      '/',
      '/inspection/dashboard',
      '/inspection/tasks',
    ]);
    expect(paths(portalMenu(remotes, can('city_supervisor'), zh))).toEqual([
      '/',
      '/inspection/dashboard',
      '/inspection/plans',
    ]);
    expect(portalMenu(remotes, can('clerk'), zh)).toEqual([
      { title: 'shell.menu.home', path: '/', icon: 'HomeFilled' },
    ]);
  });

  it('puts a remote entries in one group, titled and iconed as the remote presents itself', () => {
    const [, group] = portalMenu(remotes, can('hall_manager'), (text) => text.en);
    expect(group).toMatchObject({ title: 'Service inspection', icon: 'Checked' });
    expect(group!.path).toBeUndefined();
  });

  it('gives a failed remote one entry to its stand-in page, only for those its presentation names', () => {
    const down = [remote(inspection, 'failed')];
    expect(portalMenu(down, can('hall_manager'), zh)).toEqual([
      { title: 'shell.menu.home', path: '/', icon: 'HomeFilled' },
      { title: '服务检查', path: '/inspection', icon: 'WarningFilled', permission: 'inspection.read' },
    ]);
    expect(paths(portalMenu(down, can('clerk'), zh))).toEqual(['/']);
  });

  it('offers a failed remote that says nothing about itself to everyone, under its name', () => {
    const unknown = [remote(defaultPresentation('audit'), 'failed')];
    expect(portalMenu(unknown, can('clerk'), zh)[1]).toEqual({
      title: 'audit',
      path: '/audit',
      icon: 'WarningFilled',
    });
  });

  it('orders the remotes as they declare, ties and undeclared ones in the order the gateway lists them', () => {
    const exam = { name: 'exam', title: { 'zh-CN': '培训考试', en: 'Exams' }, order: 20 };
    const forms = { name: 'forms', title: { 'zh-CN': '表单审批', en: 'Forms' }, order: 20 };
    const listed = [
      remote(defaultPresentation('audit'), 'failed'),
      remote(exam, 'failed'),
      remote(forms, 'failed'),
      remote(inspection, 'failed'),
    ];
    expect(portalMenu(listed, can('hall_manager'), zh).map((entry) => entry.title)).toEqual([
      'shell.menu.home',
      '服务检查',
      '培训考试',
      '表单审批',
      'audit',
    ]);
  });

  it('shows nothing yet for a remote still loading', () => {
    expect(paths(portalMenu([remote(inspection, 'loading')], can('hall_manager'), zh))).toEqual(['/']);
  });
});

describe('activeMenuPath', () => {
  const menu = portalMenu([remote(inspection, 'ready', inspectionMenu)], can('hall_manager'), zh);

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
