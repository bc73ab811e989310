import type { RouteLocationNormalized, RouterScrollBehavior } from 'vue-router';

/**
 * Where a navigation leaves the window: where it was for back/forward, the top for a new page — except on the
 * page's first navigation, which the browser opened at the top already. Scrolling there anyway made the browser
 * lay the page out once more before it was drawn (~100 ms of a phone's first paint of the visit form).
 */
export const scrollBehavior: RouterScrollBehavior = (
  _to: RouteLocationNormalized,
  from: RouteLocationNormalized,
  saved,
) => saved ?? (from.matched.length === 0 ? false : { top: 0 });
