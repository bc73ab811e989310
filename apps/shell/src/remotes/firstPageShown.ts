import type { QueryClient } from '@tanstack/vue-query';
import type { Router } from 'vue-router';

export interface FirstPageOptions {
  /** At the latest after this long (ms) it counts as shown: a slow query must not keep the menus waiting. */
  limit?: number;
  /** Resolves when the browser has nothing more urgent to do. */
  idle?: () => Promise<void>;
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The browser's first idle period after the page has been painted (two frames: a table lays itself out in the
 * frame after its data arrives); a macrotask where requestIdleCallback does not exist.
 */
async function whenIdle(): Promise<void> {
  await nextFrame();
  await nextFrame();
  await new Promise<void>((resolve) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(() => resolve(), { timeout: 1000 })
      : setTimeout(resolve),
  );
}

/** Resolves when no query is being fetched (at once if none is). */
function queriesSettled(queryClient: QueryClient): Promise<void> {
  return new Promise((resolve) => {
    if (queryClient.isFetching() === 0) return resolve();
    const unsubscribe = queryClient.getQueryCache().subscribe(() => {
      if (queryClient.isFetching() > 0) return;
      unsubscribe();
      resolve();
    });
  });
}

/**
 * Resolves once the first page is on screen with its data — the router has settled on it, its queries (started
 * when it mounts) have answered, and the browser is idle — or after `limit` ms. What only later pages need (other
 * remotes' menus) waits for this, so a phone spends its bandwidth and CPU on the page the person opened.
 */
export function firstPageShown(
  router: Router,
  queryClient: QueryClient,
  { limit = 4000, idle = whenIdle }: FirstPageOptions = {},
): Promise<void> {
  const shown = (async () => {
    await router.isReady();
    // The page mounts, and starts its queries, in the render after the navigation.
    await delay(0);
    await queriesSettled(queryClient);
    await idle();
  })();
  return Promise.race([shown, delay(limit)]);
}
