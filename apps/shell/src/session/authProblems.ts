import { onAuthProblem } from '@duda/api-client';
import type { QueryClient } from '@tanstack/vue-query';
import type { Router } from 'vue-router';
import type { SessionStore } from './sessionStore.ts';

/**
 * Wherever a call finds the session gone, the user lands on the login page and comes back to where they
 * were afterwards; cached data of the previous session is dropped so the next person never sees it.
 */
export function handleAuthProblems(router: Router, session: SessionStore, queryClient: QueryClient): void {
  onAuthProblem((problem) => {
    const current = router.currentRoute.value;
    if (problem === 'unauthorized') {
      // Not logged in as far as we knew (first load): the router guard sends the user to login itself.
      if (session.status !== 'ready') return;
      session.forget();
      queryClient.clear();
      if (!current.meta.public) void router.replace({ name: 'login', query: { redirect: current.fullPath, expired: '1' } });
      return;
    }
    session.requirePasswordChange();
    if (current.name !== 'change-password') {
      void router.replace({ name: 'change-password', query: { redirect: current.fullPath } });
    }
  });
}
