import { onAuthProblem } from '@duda/api-client';
import type { Router } from 'vue-router';
import type { SessionStore } from './sessionStore.ts';

/**
 * Wherever a call finds the session gone, the user lands on the login page and comes back to where they
 * were afterwards (the cached data goes with the session: see clearCacheOnPersonChange).
 */
export function handleAuthProblems(router: Router, session: SessionStore): void {
  onAuthProblem((problem) => {
    const current = router.currentRoute.value;
    if (problem === 'unauthorized') {
      // Not logged in as far as we knew (first load): the router guard sends the user to login itself.
      if (session.status !== 'ready') return;
      session.forget();
      if (!current.meta.public)
        void router.replace({ name: 'login', query: { redirect: current.fullPath, expired: '1' } });
      return;
    }
    session.requirePasswordChange();
    if (current.name !== 'change-password') {
      void router.replace({ name: 'change-password', query: { redirect: current.fullPath } });
    }
  });
}
