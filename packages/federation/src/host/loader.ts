import { createInstance, getInstance } from '@module-federation/enhanced/runtime';
import { assertRemoteDefinition } from '../contract.ts';
import type { RemoteDefinition } from '../contract.ts';
import type { RemoteListEntry } from './remote-list.ts';

/** The two Module Federation runtime calls the shell needs; a fake stands in for it in tests. */
export interface FederationRuntime {
  registerRemotes(remotes: { name: string; entry: string }[], options?: { force?: boolean }): void;
  loadRemote<T>(id: string): Promise<T | null>;
}

/**
 * The runtime instance the host's build plugin created (it holds the shared Vue, router… the remotes must
 * reuse). The plugin bundles its own copy of the runtime package, so we find its instance through the
 * global registry rather than this copy's `init()` state.
 */
export function hostRuntime(hostName: string): FederationRuntime {
  return (
    getInstance((instance) => instance.options.name === hostName) ??
    createInstance({ name: hostName, remotes: [] })
  );
}

/** A remote that neither answered nor failed within this time is treated as down. */
export const REMOTE_LOAD_TIMEOUT_MS = 20_000;

export class RemoteTimeoutError extends Error {
  override name = 'RemoteTimeoutError';
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new RemoteTimeoutError(`${what} did not load within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Loads `<name>/remote` and checks it honours the contract. `retry` forgets what the runtime cached about
 * the remote (a failed manifest or entry), so a remote that came back up really is fetched again.
 */
export async function loadRemoteDefinition(
  runtime: FederationRuntime,
  remote: Pick<RemoteListEntry, 'name' | 'entry'>,
  { retry = false, timeoutMs = REMOTE_LOAD_TIMEOUT_MS }: { retry?: boolean; timeoutMs?: number } = {},
): Promise<RemoteDefinition> {
  runtime.registerRemotes([{ name: remote.name, entry: remote.entry }], { force: retry });
  const module = await withTimeout(
    runtime.loadRemote<unknown>(`${remote.name}/remote`),
    timeoutMs,
    remote.name,
  );
  return assertRemoteDefinition(module, remote.name);
}
