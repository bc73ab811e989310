import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** 指标库: every KPI of the city; the city supervisor keeps it. */
export const kpisFeature: Feature = {
  routes: [
    {
      path: 'kpis',
      name: 'performance.kpis',
      component: () => import('./KpisPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.kpis.title' },
    },
  ],
  menu: [
    {
      title: 'performance.kpis.menu',
      path: 'kpis',
      icon: 'Collection',
      permission: 'performance.kpi.manage',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
