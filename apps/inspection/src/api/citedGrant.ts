// A record opened from another area's page as the reader's own evidence (a clerk's scorecard cites the inspection
// and the order behind her deduction): the link carries `?grant=`, which the service accepts for that reader and
// that record alone. The pages pass it on; without one they ask as before.
import { computed, type ComputedRef } from 'vue';
import { useRoute } from 'vue-router';

export function useCitedGrant(): ComputedRef<string | null> {
  const route = useRoute();
  return computed(() => (typeof route.query.grant === 'string' ? route.query.grant : null));
}

export const withGrant = (id: string, grant: string | null) => (grant ? { id, grant } : { id });
