import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const hallsFeature: Feature = {
  routes: [
    {
      path: 'halls',
      name: 'inspection.halls',
      component: () => import('./HallsPage.vue'),
      meta: { permission: 'inspection.read', title: 'inspection.halls.title' },
    },
  ],
  menu: [
    { title: 'inspection.halls.menu', path: 'halls', icon: 'OfficeBuilding', permission: 'inspection.read' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
