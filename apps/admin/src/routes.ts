import type { RouteRecordRaw } from 'vue-router';
import { features } from './features/index.ts';

const pages = features.flatMap((feature) => feature.routes);

// Mounted by the shell under /admin/. Route names carry the remote's name: they are global in the portal.
export const routes: RouteRecordRaw[] = [
  ...(pages[0]?.name ? [{ path: '', redirect: { name: pages[0].name } }] : []),
  ...pages,
];
