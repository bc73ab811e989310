import { createRouter, createWebHistory } from 'vue-router';
import type { RouterHistory } from 'vue-router';
import { routes } from './routes.ts';
import { scrollBehavior } from './scroll.ts';

export function createPortalRouter(history: RouterHistory = createWebHistory()) {
  return createRouter({
    history,
    routes,
    scrollBehavior,
  });
}
