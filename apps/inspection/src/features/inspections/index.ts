import { procedureQueryOptions } from '@duda/api-client';
import { withGrant } from '../../api/citedGrant.ts';
import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** Doing inspections (检查执行): my tasks, the on-site form, and the inspections with their results. */
export const inspectionsFeature: Feature = {
  routes: [
    {
      path: 'tasks',
      name: 'inspection.tasks',
      component: () => import('./TasksPage.vue'),
      meta: { permission: 'inspection.read', title: 'inspection.tasks.title' },
    },
    {
      path: 'inspections',
      name: 'inspection.inspections',
      component: () => import('./InspectionsPage.vue'),
      meta: { permission: 'inspection.read', title: 'inspection.inspections.title' },
    },
    {
      path: 'inspections/:id',
      name: 'inspection.inspections.detail',
      component: () => import('./InspectionDetailPage.vue'),
      props: true,
      // No role gate: a clerk opens the inspection behind her own deduction with its grant (citedGrant.ts); the
      // service refuses anyone else who may not read it.
      meta: { title: 'inspection.inspections.detail.title' },
    },
    {
      path: 'inspections/:id/perform',
      name: 'inspection.inspections.perform',
      component: () => import('./perform/PerformPage.vue'),
      props: true,
      meta: {
        permission: 'inspection.read',
        title: 'inspection.perform.title',
        // The inspection PerformPage reads (useInspectionQuery without a grant), started while the form loads.
        firstQuery: (route) =>
          procedureQueryOptions('inspection.inspections.get', withGrant(String(route.params.id), null)),
      },
    },
  ],
  menu: [
    { title: 'inspection.tasks.menu', path: 'tasks', icon: 'Finished', permission: 'inspection.read' },
    {
      title: 'inspection.inspections.menu',
      path: 'inspections',
      icon: 'Tickets',
      permission: 'inspection.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
