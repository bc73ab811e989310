import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const plansFeature: Feature = {
  routes: [
    {
      path: 'plans',
      name: 'operations.plans',
      component: () => import('./PlansPage.vue'),
      meta: { permission: 'operations.read', title: 'operations.plans.title' },
    },
  ],
  menu: [{ title: 'operations.plans.menu', path: 'plans', icon: 'Document', permission: 'operations.read' }],
  messages: { 'zh-CN': zhCN, en },
};
