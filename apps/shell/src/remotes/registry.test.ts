import { defineRemote } from '@duda/federation';
import { createRemoteMounter } from '@duda/federation/host';
import type { FederationRuntime } from '@duda/federation/host';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import auditRemote from '../testing/auditRemote.ts';
import { createRemoteRegistry } from './registry.ts';

const Page = { name: 'Page', render: () => null };
const inspectionRemote = defineRemote({
  name: 'inspection',
  title: { 'zh-CN': '服务检查', en: 'Service inspection' },
  order: 10,
  routes: [{ path: 'halls', name: 'inspection.halls', component: Page }],
  menu: [],
  messages: { 'zh-CN': { inspection: {} }, en: { inspection: {} } },
});
const modules: Record<string, unknown> = { inspection: inspectionRemote, audit: auditRemote };
const listing = Object.keys(modules).map((name) => ({
  name,
  title: { 'zh-CN': name, en: name },
  order: 10,
  entry: `/remotes/${name}/mf-manifest.json`,
}));

/** A registry over a runtime that records which remotes' code was asked for. */
function setUp() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', name: 'portal', component: Page, children: [] }],
  });
  const asked: string[] = [];
  const runtime: FederationRuntime = {
    registerRemotes: () => {},
    loadRemote: async <T>(id: string) => {
      asked.push(id);
      return modules[id.replace(/\/remote$/, '')] as T;
    },
  };
  const registry = createRemoteRegistry({
    mounter: createRemoteMounter({
      router,
      parentRouteName: 'portal',
      unavailablePage: Page,
      registerMessages: () => {},
      currentUser: () => null,
    }),
    runtime: () => runtime,
    listRemotes: async () => listing,
  });
  return { registry, asked };
}

describe('the remote registry', () => {
  it('loads the opened remote first and the others only once the first page is shown', async () => {
    const { registry, asked } = setUp();
    let shown: () => void = () => {};
    const started = registry.start('inspection', () => new Promise<void>((resolve) => (shown = resolve)));
    await registry.settledFor('inspection');
    await flushPromises();
    expect(asked).toEqual(['inspection/remote']);
    expect(registry.settled.value).toBe(false);

    shown();
    await started;
    expect(asked).toEqual(['inspection/remote', 'audit/remote']);
    expect(registry.remotes.value.map((remote) => remote.status)).toEqual(['ready', 'ready']);
  });

  it('loads every remote at once when no remote is opened (the home page lists them all)', async () => {
    const { registry, asked } = setUp();
    const never = () => new Promise<void>(() => {});
    await registry.start(undefined, never);
    expect(asked).toEqual(['inspection/remote', 'audit/remote']);
  });
});
