import { useCurrentUser } from '@duda/federation';
import { computed } from 'vue';
import { unavailableMenuEntry } from '../remotes/knownRemotes.ts';
import { useRemoteRegistry } from '../remotes/registry.ts';
import { portalMenu } from './portalMenu.ts';

/** The menu for the current user, following logins, permission changes and remotes loading. */
export function usePortalMenu() {
  const registry = useRemoteRegistry();
  const { can } = useCurrentUser();
  return computed(() => portalMenu(registry.remotes.value, can, unavailableMenuEntry));
}
