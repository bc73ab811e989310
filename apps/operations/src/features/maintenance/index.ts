import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const maintenanceFeature: Feature = {
  routes: [
    {
      path: 'cadences',
      name: 'operations.cadences',
      component: () => import('./CadencePage.vue'),
      meta: { permission: 'operations.read', title: 'operations.cadences.title' },
    },
  ],
  menu: [
    { title: 'operations.cadences.menu', path: 'cadences', icon: 'Timer', permission: 'operations.read' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
