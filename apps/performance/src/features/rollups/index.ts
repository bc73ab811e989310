import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** 季度/年度汇总: each person's quarter or year by the stated rule, read in the scorecards' scope. */
export const rollupsFeature: Feature = {
  routes: [
    {
      path: 'rollups',
      name: 'performance.rollups',
      component: () => import('./RollupsPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.rollups.title' },
    },
  ],
  menu: [
    {
      title: 'performance.rollups.menu',
      path: 'rollups',
      icon: 'TrendCharts',
      permission: 'performance.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
