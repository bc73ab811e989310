// What the shell reads from a route's meta. Remotes set these on their routes.
import type { Action } from '@duda/authz';

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
  }
}
