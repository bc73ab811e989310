import type { QueryClient } from '@tanstack/vue-query';
import type { Router } from 'vue-router';

/**
 * Starts the first query a route declares (`meta.firstQuery`) as soon as the navigation is allowed, so it runs
 * while the page's code loads and sets up instead of after it; the page's own query, with the same key, finds
 * it asked or answered (ADR 0023). Installed after the guards: a refused navigation asks nothing.
 */
export function startFirstQueries(router: Router, queryClient: QueryClient): void {
  router.beforeEach((to) => {
    const firstQuery = to.meta.firstQuery?.(to);
    if (firstQuery) void queryClient.prefetchQuery(firstQuery);
  });
}
