import type { Feature } from '../feature.ts';
import { en as wordsEn, zhCN as wordsZh } from '../reviewWords.ts';
import { en, zhCN } from './messages.ts';

/** 我的 360 评估: the rater's forms (anyone nominated may rate: the service checks the nomination). */
export const reviewFormsFeature: Feature = {
  routes: [
    {
      path: 'reviews/fill',
      name: 'performance.reviews.mine',
      component: () => import('./MyFormsPage.vue'),
      meta: { permission: 'performance.review.rate', title: 'performance.reviewForms.title' },
    },
    {
      path: 'reviews/fill/:formId',
      name: 'performance.reviews.fill',
      component: () => import('./FillPage.vue'),
      props: true,
      meta: { permission: 'performance.review.rate', title: 'performance.reviewForms.title' },
    },
  ],
  menu: [
    {
      title: 'performance.reviewForms.menu',
      path: 'reviews/fill',
      icon: 'EditPen',
      permission: 'performance.review.rate',
    },
  ],
  messages: { 'zh-CN': { ...wordsZh, ...zhCN }, en: { ...wordsEn, ...en } },
};
