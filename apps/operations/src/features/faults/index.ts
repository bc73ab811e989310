import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const faultsFeature: Feature = {
  routes: [
    {
      path: 'faults',
      name: 'operations.faults',
      component: () => import('./FaultsPage.vue'),
      meta: { permission: 'operations.read', title: 'operations.faults.title' },
    },
  ],
  menu: [{ title: 'operations.faults.menu', path: 'faults', icon: 'Warning', permission: 'operations.read' }],
  messages: { 'zh-CN': zhCN, en },
};
