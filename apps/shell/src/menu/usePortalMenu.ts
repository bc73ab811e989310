import { useCurrentUser } from '@duda/federation';
import { computed } from 'vue';
import { useRemoteRegistry } from '../remotes/registry.ts';
import { localized } from '../remotes/remoteTitle.ts';
import { portalMenu } from './portalMenu.ts';

/** The menu for the current user, following logins, permission changes, remotes loading and the language. */
export function usePortalMenu() {
  const registry = useRemoteRegistry();
  const { can } = useCurrentUser();
  return computed(() => portalMenu(registry.remotes.value, can, localized));
}
