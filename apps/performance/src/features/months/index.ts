import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** 月度绩效: the city's month — run, progress, distribution, sign-off, HR's export. */
export const monthsFeature: Feature = {
  routes: [
    {
      path: 'months',
      name: 'performance.months',
      component: () => import('./MonthPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.months.title' },
    },
  ],
  // The city supervisor runs and signs off; HR (who reads no open month) comes for the export.
  menu: [
    {
      title: 'performance.months.menu',
      path: 'months',
      icon: 'DataAnalysis',
      permission: 'performance.month.run',
    },
    {
      title: 'performance.months.exportMenu',
      path: 'months',
      icon: 'Download',
      permission: 'performance.export',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
