import { browseTo, startTestGateway } from '@duda/api-client/testing';
import type { TestAccount, TestGateway } from '@duda/api-client/testing';
import type { FederationRuntime } from '@duda/federation/host';
import { flushPromises } from '@vue/test-utils';
import { createPortal } from '../portal.ts';

export interface PortalUnderTest extends ReturnType<typeof createPortal> {
  gateway: TestGateway;
  /** The page's visible text. */
  text(): string;
  close(): Promise<void>;
}

/**
 * The real shell (createPortal, as main.ts builds it) mounted in happy-dom at `path`, talking to a local test
 * gateway. Remotes come from `remotes`: name → the module its `./remote` would be; a name mapped to an
 * Error fails to load with it, as a remote whose deployment is down.
 */
export async function startPortal({
  accounts,
  remotes = {},
  path = '/',
}: {
  accounts: TestAccount[];
  remotes?: Record<string, unknown>;
  path?: string;
}): Promise<PortalUnderTest> {
  const gateway = await startTestGateway({ accounts });
  browseTo(`${gateway.origin}${path}`);
  const runtime: FederationRuntime = {
    registerRemotes: () => {},
    loadRemote: async <T>(id: string) => {
      const module = remotes[id.replace(/\/remote$/, '')];
      if (module instanceof Error) throw module;
      return module as T;
    },
  };
  const portal = createPortal({
    listRemotes: async () =>
      Object.keys(remotes).map((name) => ({ name, entry: `/remotes/${name}/mf-manifest.json` })),
    runtime: () => runtime,
  });
  void portal.registry.start();
  const root = document.createElement('div');
  document.body.append(root);
  portal.app.mount(root);
  await portal.router.isReady();
  await flushPromises();
  return {
    ...portal,
    gateway,
    text: () => root.textContent ?? '',
    close: async () => {
      portal.app.unmount();
      root.remove();
      await gateway.close();
    },
  };
}

/** Waits until the router has settled on a page whose URL matches. */
export async function settledAt(portal: PortalUnderTest, expected: RegExp | string): Promise<string> {
  for (let tries = 0; tries < 50; tries += 1) {
    await flushPromises();
    const url = portal.router.currentRoute.value.fullPath;
    if (typeof expected === 'string' ? url === expected : expected.test(url)) return url;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return portal.router.currentRoute.value.fullPath;
}
