import type { Feature } from '../feature.ts';
import { en as wordsEn, zhCN as wordsZh } from '../reviewWords.ts';
import { en, zhCN } from './messages.ts';

/** 360 度评估周期: run by the city supervisor and HR. */
export const reviewCyclesFeature: Feature = {
  routes: [
    {
      path: 'reviews/cycles',
      name: 'performance.reviews.cycles',
      component: () => import('./CyclesPage.vue'),
      meta: { permission: 'performance.review.manage', title: 'performance.reviewCycles.title' },
    },
    {
      path: 'reviews/cycles/:cycleId',
      name: 'performance.reviews.cycle',
      component: () => import('./CycleDetailPage.vue'),
      props: true,
      meta: { permission: 'performance.review.manage', title: 'performance.reviewCycles.title' },
    },
  ],
  menu: [
    {
      title: 'performance.reviewCycles.menu',
      path: 'reviews/cycles',
      icon: 'Calendar',
      permission: 'performance.review.manage',
    },
  ],
  messages: { 'zh-CN': { ...wordsZh, ...zhCN }, en: { ...wordsEn, ...en } },
};
