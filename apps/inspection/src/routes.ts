import type { RouteRecordRaw } from 'vue-router';

// Mounted by the shell under /inspection/. Route names carry the remote's name: they are global in the portal.
export const routes: RouteRecordRaw[] = [
  { path: '', redirect: { name: 'inspection.halls' } },
  {
    path: 'halls',
    name: 'inspection.halls',
    component: () => import('./pages/halls/HallsPage.vue'),
    meta: { permission: 'inspection.read', title: 'inspection.halls.title' },
  },
];
