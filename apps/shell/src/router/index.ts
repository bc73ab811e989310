import { createRouter, createWebHistory } from 'vue-router';
import { routes } from './routes.ts';

export function createPortalRouter() {
  return createRouter({
    history: createWebHistory(),
    routes,
    scrollBehavior: (_to, _from, saved) => saved ?? { top: 0 },
  });
}
