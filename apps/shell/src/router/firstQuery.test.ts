import { clerkAccount, hallManagerAccount } from '@duda/api-client/testing';
import { procedureQueryOptions, queryKeyOf } from '@duda/api-client';
import { defineRemote } from '@duda/federation';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { settledAt, startPortal } from '../testing/portalUnderTest.ts';
import type { PortalUnderTest } from '../testing/portalUnderTest.ts';

let portal: PortalUnderTest;

afterEach(() => portal.close());

/** A remote whose page's code arrives only when the test says, and whose route names its first query. */
function slowRemote() {
  let deliver!: () => void;
  const pageCode = new Promise<{ default: unknown }>((resolve) => {
    deliver = () => resolve({ default: defineComponent({ setup: () => () => h('h1', 'slow page') }) });
  });
  const remote = defineRemote({
    name: 'slow',
    title: { 'zh-CN': '慢', en: 'Slow' },
    icon: 'Document',
    order: 60,
    permission: 'inspection.read',
    routes: [
      {
        path: 'page',
        name: 'slow.page',
        component: () => pageCode,
        meta: { permission: 'inspection.read', firstQuery: () => procedureQueryOptions('org.me', undefined) },
      },
    ],
    menu: [],
    messages: { 'zh-CN': {}, en: {} },
  });
  return { remote, deliver };
}

const meCalls = () => portal.gateway.requests.filter((request) => request.path === '/trpc/org.me').length;

describe("a route's first query", () => {
  it("is asked while the page's code is still loading, and answered into the key the page reads", async () => {
    const { remote, deliver } = slowRemote();
    portal = await startPortal({
      accounts: [hallManagerAccount()],
      remotes: { slow: remote },
      path: '/login',
    });
    await portal.session.login({ username: 'hubin.mgr', password: 'Duda2026' });
    const before = meCalls();

    const navigation = portal.router.push('/slow/page');
    await expect.poll(() => portal.queryClient.getQueryData(queryKeyOf('org.me'))).toBeTruthy();
    expect(meCalls()).toBe(before + 1);
    expect(portal.text()).not.toContain('slow page');

    deliver();
    await navigation;
    expect(await settledAt(portal, '/slow/page')).toBe('/slow/page');
    expect(portal.text()).toContain('slow page');
  });

  it('is not asked for a page the person may not open', async () => {
    const { remote } = slowRemote();
    portal = await startPortal({ accounts: [clerkAccount()], remotes: { slow: remote }, path: '/login' });
    await portal.session.login({ username: 'hubin.clerk', password: 'Duda2026' });
    await portal.router.push('/slow/page');
    expect(await settledAt(portal, /^\/forbidden/)).toBe('/forbidden?from=/slow/page');
    expect(portal.queryClient.getQueryState(queryKeyOf('org.me'))).toBeUndefined();
  });
});
