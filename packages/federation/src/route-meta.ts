// What the shell reads from a route's meta. Remotes set these on their routes.
import type { Action } from '@duda/authz';
import type { RouteLocationNormalized } from 'vue-router';

/**
 * A page's first query as TanStack Query's `prefetchQuery` takes it: the same key and function the page's own
 * query uses (`procedureQueryOptions` of @duda/api-client), so the page finds it asked or answered.
 */
export interface FirstQuery {
  queryKey: readonly unknown[];
  queryFn: (context: { signal: AbortSignal }) => Promise<unknown>;
}

declare module 'vue-router' {
  interface RouteMeta {
    /** The action the user needs to open the page; others see the shell's 无权访问 page. */
    permission?: Action;
    /** i18n key or text for the browser tab and breadcrumbs. */
    title?: string;
    /** Open without logging in (the login page). */
    public?: boolean;
    /** Set by the shell on every route of a remote: which remote the page belongs to. */
    remote?: string;
    /**
     * The query the page asks first, from the URL alone: the shell starts it once the route is allowed, while
     * the page's code still loads, instead of after the page's setup (ADR 0023). A page whose first input the
     * URL does not decide leaves it out.
     */
    firstQuery?: (route: RouteLocationNormalized) => FirstQuery;
  }
}
