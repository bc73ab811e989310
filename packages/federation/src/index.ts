// The contract between the portal shell and its remotes. Shared as a Module Federation singleton, so
// keep it free of heavy dependencies: the Module Federation runtime lives in `@duda/federation/host`.
import './route-meta.ts';

export { assertRemoteDefinition, CONTRACT_VERSION, defineRemote, RemoteContractError } from './contract.ts';
export type {
  MenuEntry,
  RemoteContext,
  RemoteDefinition,
  RemoteMessages,
  RemoteOptions,
} from './contract.ts';
export { currentUser, setCurrentUser, useCurrentUser } from './current-user.ts';
export type { CurrentUser } from './current-user.ts';
export { firstPath, resolveMenuPaths, visibleMenu } from './menu.ts';
export {
  DEFAULT_REMOTE_ORDER,
  defaultPresentation,
  defineRemotePresentation,
  presentationOf,
  readRemotePresentation,
  REMOTE_DESCRIPTOR_FILE,
} from './presentation.ts';
export type { LocalizedText, RemotePresentation } from './presentation.ts';
