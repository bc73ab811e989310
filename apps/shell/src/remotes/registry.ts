import { presentationOf } from '@duda/federation';
import type { RemotePresentation } from '@duda/federation';
import { loadRemoteDefinition } from '@duda/federation/host';
import type { FederationRuntime, MountedRemote, RemoteListEntry, RemoteMounter } from '@duda/federation/host';
import { computed, inject, ref } from 'vue';
import type { InjectionKey } from 'vue';

export type RemoteStatus = 'loading' | 'ready' | 'failed';

export interface RemoteState {
  name: string;
  entry: string;
  /**
   * Title, icon, order and entry permission: as the gateway listed them (from the remote's build), so
   * known even when its code fails to load; once it has loaded, as its own definition declares them.
   */
  presentation: RemotePresentation;
  status: RemoteStatus;
  mounted: MountedRemote | null;
}

export interface RemoteRegistryOptions {
  mounter: RemoteMounter;
  runtime: () => FederationRuntime;
  listRemotes: () => Promise<RemoteListEntry[]>;
  /** Where failures are reported for the people running the portal (the user sees the stand-in page). */
  report?: (remote: string, error: unknown) => void;
}

/**
 * The remotes of this portal session and how far each got. Every remote loads on its own: one that is
 * down, too old or broken is marked failed (its pages show a stand-in) and the others carry on.
 */
export function createRemoteRegistry({ mounter, runtime, listRemotes, report }: RemoteRegistryOptions) {
  const remotes = ref<RemoteState[]>([]);
  const settled = ref(false);
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  // Each listed remote's first load, known once the list has been read.
  const firstLoads = new Map<string, Promise<void>>();
  let markListed: () => void = () => {};
  const listed = new Promise<void>((resolve) => (markListed = resolve));

  async function load(state: RemoteState, retry: boolean): Promise<void> {
    state.status = 'loading';
    try {
      const definition = await loadRemoteDefinition(runtime(), state, { retry });
      state.mounted = await mounter.mount(definition);
      state.presentation = presentationOf(definition);
      state.status = 'ready';
    } catch (error) {
      report?.(state.name, error);
      fail(state);
    }
  }

  function fail(state: RemoteState): void {
    mounter.markUnavailable(state.name);
    state.mounted = null;
    state.status = 'failed';
  }

  /**
   * Reads the list and loads every remote. `first` (the remote of the URL being opened) loads alone before
   * the others, so on a slow connection its files do not share the bandwidth with remotes nobody asked for yet;
   * the others wait for `othersAfter` too (main.ts: the first page shown with its data), so neither their
   * downloads nor their code hold that page up.
   */
  async function start(first?: string, othersAfter: () => Promise<unknown> = async () => {}): Promise<void> {
    try {
      const list = await listRemotes();
      remotes.value = list.map(({ entry, ...listed }) => ({
        name: listed.name,
        entry,
        presentation: presentationOf(listed),
        status: 'loading',
        mounted: null,
      }));
    } catch (error) {
      // Without the list the portal still has its own pages; remote URLs end on "page not found".
      report?.('/api/remotes', error);
    }
    const opened = remotes.value.find((state) => state.name === first);
    const openedLoad = opened ? load(opened, false) : Promise.resolve();
    if (opened) firstLoads.set(opened.name, openedLoad);
    const othersStart = opened ? openedLoad.then(othersAfter) : openedLoad;
    for (const state of remotes.value)
      if (state !== opened)
        firstLoads.set(
          state.name,
          othersStart.then(() => load(state, false)),
        );
    markListed();
    await Promise.all(firstLoads.values());
    settled.value = true;
    markReady();
  }

  /** Resolves once the named remote has loaded or failed (at once, after the list, for a name not listed). */
  async function settledFor(name: string): Promise<void> {
    await listed;
    await firstLoads.get(name);
  }

  const find = (name: string) => remotes.value.find((state) => state.name === name);

  /** Tries a failed remote again; true when it is now usable. */
  async function retry(name: string): Promise<boolean> {
    const state = find(name);
    if (!state) return false;
    await load(state, true);
    return state.status === 'ready';
  }

  /** A remote that loaded but broke later (a page's chunk is gone after a redeploy, a page threw). */
  function markFailed(name: string): void {
    const state = find(name);
    if (state) fail(state);
  }

  return {
    remotes: computed(() => remotes.value),
    settled: computed(() => settled.value),
    ready,
    settledFor,
    start,
    retry,
    markFailed,
  };
}

export type RemoteRegistry = ReturnType<typeof createRemoteRegistry>;

export const remoteRegistryKey: InjectionKey<RemoteRegistry> = Symbol('remoteRegistry');

export function useRemoteRegistry(): RemoteRegistry {
  const registry = inject(remoteRegistryKey);
  if (!registry) throw new Error('The remote registry is provided by the shell (main.ts)');
  return registry;
}
