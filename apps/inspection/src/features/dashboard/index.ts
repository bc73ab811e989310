import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const dashboardFeature: Feature = {
  routes: [
    {
      path: 'dashboard',
      name: 'inspection.dashboard',
      component: () => import('./DashboardPage.vue'),
      meta: { permission: 'inspection.read', title: 'inspection.dashboard.title' },
    },
  ],
  menu: [
    {
      title: 'inspection.dashboard.menu',
      path: 'dashboard',
      icon: 'DataAnalysis',
      permission: 'inspection.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
