import { clerkAccount, hallManagerAccount } from '@duda/api-client/testing';
import type { RemotePresentation } from '@duda/federation';
import { i18n } from '@duda/ui';
import { afterEach, describe, expect, it } from 'vitest';
import auditRemote from '../testing/auditRemote.ts';
import { settledAt, startPortal } from '../testing/portalUnderTest.ts';
import type { PortalUnderTest } from '../testing/portalUnderTest.ts';

let portal: PortalUnderTest;

afterEach(async () => {
  await portal.close();
  i18n.global.locale.value = 'zh-CN';
});

const down = () => new Error('[ Federation Runtime ]: Failed to get manifest. #RUNTIME-003');
// The remote.json the inspection remote's build writes, as the gateway lists it: all the shell knows of it.
const inspection: RemotePresentation = {
  name: 'inspection',
  title: { 'zh-CN': '服务检查', en: 'Service inspection' },
  icon: 'Checked',
  order: 10,
  permission: 'inspection.read',
};
const sideMenuText = () => document.querySelector('nav.side-menu')?.textContent ?? '';

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

async function loggedInAs(
  username: string,
  remotes: Record<string, unknown>,
  account = hallManagerAccount(),
) {
  portal = await startPortal({ accounts: [account], remotes, descriptors: { inspection }, path: '/login' });
  await portal.session.login({ username, password: 'Duda2026' });
  await portal.registry.ready;
}

describe('a remote that cannot be loaded', () => {
  it('says so in its own area, named in the user language, while the rest of the portal works', async () => {
    await loggedInAs('hubin.mgr', { inspection: down(), audit: auditRemote });
    await portal.router.push('/inspection/tasks/42');
    await until(() => portal.text().includes('模块暂时无法使用'));

    expect(portal.text()).toContain('服务检查模块暂时无法加载，请稍后重试');
    expect(document.querySelector('[data-testid="user-scope"]')?.textContent).toContain('湖滨营业厅');
    expect(sideMenuText()).toContain('服务检查');
    expect(sideMenuText()).toContain('审计报告');

    await portal.router.push('/audit/reports');
    await until(() => portal.text().includes('audit reports page'));
    expect(portal.text()).not.toContain('模块暂时无法使用');
  });

  it('names it as its descriptor does in English for an English reader', async () => {
    i18n.global.locale.value = 'en';
    await loggedInAs('hubin.mgr', { inspection: down() });
    await portal.router.push('/inspection/tasks');
    await until(() => portal.text().includes('Module unavailable'));

    expect(portal.text()).toContain('Service inspection cannot be loaded right now. Please try again later.');
    expect(sideMenuText()).toContain('Service inspection');
    expect(portal.text()).not.toContain('服务检查');
  });

  it('is not offered in the menu to roles that could never use it', async () => {
    await loggedInAs('hubin.clerk', { inspection: down() }, clerkAccount());
    await until(() => sideMenuText().includes('首页'));
    expect(sideMenuText()).not.toContain('服务检查');
  });

  it('retries on request: says when it is still down, shows the page once it is back', async () => {
    const remotes: Record<string, unknown> = { audit: down() };
    await loggedInAs('hubin.mgr', remotes);
    await portal.router.push('/audit/reports?month=2026-11');
    await until(() => portal.text().includes('audit模块暂时无法加载'));

    const retry = () =>
      [...document.querySelectorAll('button')]
        .find((button) => button.textContent?.includes('重试'))!
        .click();
    retry();
    await until(() => document.body.textContent!.includes('仍然无法加载，请稍后再试'));
    expect(portal.router.currentRoute.value.fullPath).toBe('/audit/reports?month=2026-11');

    remotes.audit = auditRemote;
    retry();
    await until(() => portal.text().includes('audit reports page'));
    expect(await settledAt(portal, '/audit/reports?month=2026-11')).toBe('/audit/reports?month=2026-11');
    expect(portal.registry.remotes.value.map((remote) => remote.status)).toEqual(['ready']);
  });

  it('keeps a page that crashes while rendering inside its own area', async () => {
    await loggedInAs('hubin.mgr', { audit: auditRemote });
    await portal.router.push('/audit/broken');
    await until(() => portal.text().includes('模块暂时无法使用'));

    expect(portal.text()).toContain('审计模块暂时无法加载');
    expect(document.querySelector('[data-testid="user-scope"]')).not.toBeNull();
    await portal.router.push('/audit/reports');
    await until(() => portal.text().includes('audit reports page'));
  });
});

describe('the remote list', () => {
  it('names a remote by what its loaded definition declares once it is up', async () => {
    await loggedInAs('hubin.mgr', { audit: auditRemote });
    expect(portal.registry.remotes.value[0]!.presentation).toEqual({
      name: 'audit',
      title: { 'zh-CN': '审计', en: 'Audit' },
      icon: 'Document',
      order: 50,
      permission: 'inspection.read',
    });
  });

  it('loads each remote on its own: one broken module does not keep the others out', async () => {
    await loggedInAs('hubin.mgr', { broken: { default: { name: 'broken' } }, audit: auditRemote });
    expect(portal.registry.remotes.value.map(({ name, status }) => [name, status])).toEqual([
      ['broken', 'failed'],
      ['audit', 'ready'],
    ]);
  });
});
