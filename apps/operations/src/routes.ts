import type { RouteRecordRaw } from 'vue-router';
import { features } from './features/index.ts';

// Mounted by the shell under /operations/. Route names carry the remote's name: they are global in the portal.
export const routes: RouteRecordRaw[] = [
  { path: '', redirect: { name: 'operations.devices' } },
  ...features.flatMap((feature) => feature.routes),
];
