import { clerkAccount, hallManagerAccount } from '@duda/api-client/testing';
import type { TestAccount } from '@duda/api-client/testing';
import type { RemotePresentation } from '@duda/federation';
import { afterEach, describe, expect, it } from 'vitest';
import auditRemote from '../../testing/auditRemote.ts';
import { startPortal } from '../../testing/portalUnderTest.ts';
import type { PortalUnderTest } from '../../testing/portalUnderTest.ts';

let portal: PortalUnderTest;

afterEach(() => portal.close());

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

async function homeOf(
  account: TestAccount,
  remotes: Record<string, unknown> = { audit: auditRemote },
  descriptors: Record<string, RemotePresentation> = {},
) {
  portal = await startPortal({ accounts: [account], remotes, descriptors, path: '/login' });
  await portal.session.login({ username: account.username, password: account.password });
  await portal.router.push('/');
  await portal.registry.ready;
  await until(() => portal.text().includes('我可以使用的功能'));
}

const cardTitles = () =>
  [...document.querySelectorAll('.home__card-title')].map((title) => title.textContent?.trim());

describe('home page', () => {
  it('greets the person with their roles and the modules their roles open', async () => {
    await homeOf(hallManagerAccount());
    expect(portal.text()).toContain('李娜，您好');
    expect(portal.text()).toContain('湖滨营业厅 · 店面经理');
    await until(() => cardTitles().length > 0);
    expect(cardTitles()).toEqual(['审计']);
    expect(document.querySelector('.home__links')?.textContent).toContain('审计报告');
  });

  it('shows a card for each module in the order the modules declare, one that is down included', async () => {
    const inspection: RemotePresentation = {
      name: 'inspection',
      title: { 'zh-CN': '服务检查', en: 'Service inspection' },
      icon: 'Checked',
      order: 10,
      permission: 'inspection.read',
    };
    const down = new Error('[ Federation Runtime ]: Failed to get manifest. #RUNTIME-003');
    await homeOf(hallManagerAccount(), { audit: auditRemote, inspection: down }, { inspection });
    await until(() => cardTitles().length === 2);
    expect(cardTitles()).toEqual(['服务检查', '审计']);
    expect(document.querySelector('.home__card-title')?.getAttribute('href')).toBe('/inspection');
  });

  it('tells a role without any module what to do instead of showing an empty page', async () => {
    await homeOf(clerkAccount());
    await until(() => portal.text().includes('暂无可用的功能模块'));
    expect(cardTitles()).toEqual([]);
    expect(portal.text()).toContain('如有需要请联系系统管理员');
  });
});
