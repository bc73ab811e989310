import { procedureQueryOptions } from '@duda/api-client';
import { listRequestOf } from '@duda/ui';
import type { Feature } from '../feature.ts';
import { hallFilters } from './hallFilters.ts';
import { en, zhCN } from './messages.ts';

export const hallsFeature: Feature = {
  routes: [
    {
      path: 'halls',
      name: 'inspection.halls',
      component: () => import('./HallsPage.vue'),
      meta: {
        permission: 'inspection.read',
        title: 'inspection.halls.title',
        // The list HallsPage asks for (useListPage with hallFilters), started while the page's code loads.
        firstQuery: (route) => procedureQueryOptions('org.halls', listRequestOf(hallFilters, route.query)),
      },
    },
  ],
  menu: [
    { title: 'inspection.halls.menu', path: 'halls', icon: 'OfficeBuilding', permission: 'inspection.read' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
