import { useProcedureQuery } from '@duda/api-client';
import { computed } from 'vue';

/**
 * The to-dos waiting per area (`portal.inbox.counts`), for the side menu. Asked again on coming back to the tab;
 * the home page refreshes it too whenever it loads the inbox (InboxSection), so a finished to-do leaves the badge.
 */
export function useMenuBadges() {
  const query = useProcedureQuery('portal.inbox.counts', undefined, {
    staleTime: 60_000,
    refetchOnWindowFocus: true,
  });
  return computed(() => query.data.value ?? []);
}
