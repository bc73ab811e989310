import { browseTo, startTestGateway } from '@duda/api-client/testing';
import type { TestAccount, TestGateway } from '@duda/api-client/testing';
import { readRemotePresentation } from '@duda/federation';
import type { RemotePresentation } from '@duda/federation';
import type { FederationRuntime, RemoteListEntry } from '@duda/federation/host';
import { flushPromises } from '@vue/test-utils';
import { createPortal } from '../portal.ts';

export interface PortalUnderTest extends ReturnType<typeof createPortal> {
  gateway: TestGateway;
  /** The page's visible text. */
  text(): string;
  close(): Promise<void>;
}

/**
 * What the gateway would list for a remote: the descriptor its build wrote (`descriptors`), which is the
 * presentation of its own definition; for a remote given as an Error (down) without one, the defaults.
 */
function listed(name: string, module: unknown, descriptor?: RemotePresentation): RemoteListEntry {
  const written = descriptor ?? (module instanceof Error ? undefined : module);
  return {
    ...readRemotePresentation(name, written).presentation,
    entry: `/remotes/${name}/mf-manifest.json`,
  };
}

/**
 * The real shell (createPortal, as main.ts builds it) mounted in happy-dom at `path`, talking to a local test
 * gateway. Remotes come from `remotes`: name → the module its `./remote` would be; a name mapped to an
 * Error fails to load with it, as a remote whose deployment is down. `descriptors` are the `remote.json`
 * files the gateway lists with them (by default taken from the module itself, as its build does).
 */
export async function startPortal({
  accounts,
  remotes = {},
  descriptors = {},
  path = '/',
}: {
  accounts: TestAccount[];
  remotes?: Record<string, unknown>;
  descriptors?: Record<string, RemotePresentation>;
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
      Object.entries(remotes).map(([name, module]) => listed(name, module, descriptors[name])),
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
