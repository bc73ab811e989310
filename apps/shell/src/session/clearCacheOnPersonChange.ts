import type { QueryClient } from '@tanstack/vue-query';
import { watch } from 'vue';
import type { SessionStore } from './sessionStore.ts';

/**
 * Drops every cached answer when the logged-in person changes: logout, an expired session, or someone else
 * logging in on a shared counter PC. The next person must never see the previous one's data, not even
 * for the moment a refetch takes.
 */
export function clearCacheOnPersonChange(session: SessionStore, queryClient: QueryClient): void {
  watch(
    () => session.me?.person.id ?? null,
    (now, before) => {
      if (before !== null && now !== before) queryClient.clear();
    },
  );
}
