import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const incidentsFeature: Feature = {
  routes: [
    {
      path: 'incidents',
      name: 'operations.incidents',
      component: () => import('./IncidentsPage.vue'),
      meta: { permission: 'operations.read', title: 'operations.incidents.title' },
    },
    {
      // Starting a plan's incident, with the queue warning that calls for it (the inbox's queue-warning to-do).
      path: 'incidents/start',
      name: 'operations.incident.start',
      component: () => import('./IncidentStartPage.vue'),
      meta: { permission: 'operations.incident.run', title: 'operations.incidents.start.title' },
    },
    {
      // The checklist of one incident or drill; the inbox's to-dos link here.
      path: 'incidents/:id',
      name: 'operations.incident',
      component: () => import('./IncidentPage.vue'),
      props: true,
      meta: { permission: 'operations.read', title: 'operations.incidents.title' },
    },
  ],
  menu: [
    {
      title: 'operations.incidents.menu',
      path: 'incidents',
      icon: 'FirstAidKit',
      permission: 'operations.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
