import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** 考核方案: each role's KPIs and weights from a month on. */
export const schemesFeature: Feature = {
  routes: [
    {
      path: 'schemes',
      name: 'performance.schemes',
      component: () => import('./SchemesPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.schemes.title' },
    },
  ],
  menu: [
    {
      title: 'performance.schemes.menu',
      path: 'schemes',
      icon: 'List',
      permission: 'performance.scheme.manage',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
