import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** 签收 (the person's targets of the month) and 指标分解 (a lead's allocations down the tree). */
export const targetsFeature: Feature = {
  routes: [
    {
      path: 'targets',
      name: 'performance.targets',
      component: () => import('./MyTargetsPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.targets.title' },
    },
    {
      path: 'targets/allocate',
      name: 'performance.targets.allocate',
      component: () => import('./AllocatePage.vue'),
      meta: { permission: 'performance.target.allocate', title: 'performance.targets.allocate.title' },
    },
  ],
  menu: [
    {
      title: 'performance.targets.menu',
      path: 'targets',
      icon: 'Aim',
      permission: 'performance.scorecard.read',
    },
    {
      title: 'performance.targets.allocate.menu',
      path: 'targets/allocate',
      icon: 'Share',
      permission: 'performance.target.allocate',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
