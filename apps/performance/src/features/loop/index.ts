import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** 闭环看板: per hall, the month's inspection → training → exam → scorecard loop, for those who supervise halls. */
export const loopFeature: Feature = {
  routes: [
    {
      path: 'loop',
      name: 'performance.loop',
      component: () => import('./LoopPage.vue'),
      meta: { permission: 'performance.scorecard.assess', title: 'performance.loop.title' },
    },
  ],
  menu: [
    {
      title: 'performance.loop.menu',
      path: 'loop',
      icon: 'Connection',
      permission: 'performance.scorecard.assess',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
