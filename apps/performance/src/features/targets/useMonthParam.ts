// The month a page shows, kept in the URL (`?month=2026-11`) so a to-do's link opens it; this month by default.
import { currentMonth, isMonthKey } from '@duda/month';
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';

export function useMonthParam() {
  const route = useRoute();
  const router = useRouter();
  return computed({
    get: () => {
      const raw = route.query.month;
      return typeof raw === 'string' && isMonthKey(raw) ? raw : currentMonth(new Date());
    },
    set: (month: string) => void router.replace({ query: { ...route.query, month } }),
  });
}
