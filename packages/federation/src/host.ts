// `@duda/federation/host`: what only the shell uses to find, load and mount remotes at run time.
// Kept out of the shared entry so remotes never download the loader.
export {
  hostRuntime,
  loadRemoteDefinition,
  REMOTE_LOAD_TIMEOUT_MS,
  RemoteTimeoutError,
} from './host/loader.ts';
export type { FederationRuntime } from './host/loader.ts';
export { basePathOf, createRemoteMounter } from './host/mount.ts';
export type { MountedRemote, RemoteMounter, RemoteMountOptions } from './host/mount.ts';
export { fetchRemoteList } from './host/remote-list.ts';
export type { RemoteListEntry } from './host/remote-list.ts';
