import type { Feature } from '../feature.ts';
import { en as wordsEn, zhCN as wordsZh } from '../reviewWords.ts';
import { en, zhCN } from './messages.ts';

/**
 * The rated hall manager's and their superior's pages (and the HR reviewer's results page): nominations and
 * results. The service decides per person who may see what; `performance.review.read` only opens the pages.
 */
export const reviewResultsFeature: Feature = {
  routes: [
    {
      path: 'reviews/mine',
      name: 'performance.reviews.subjects',
      component: () => import('./MySubjectsPage.vue'),
      meta: { permission: 'performance.review.read', title: 'performance.reviewResults.title' },
    },
    {
      path: 'reviews/nominations/:subjectId',
      name: 'performance.reviews.nominations',
      component: () => import('./NominationsPage.vue'),
      props: true,
      meta: { permission: 'performance.review.read', title: 'performance.reviewResults.title' },
    },
    {
      path: 'reviews/results/:subjectId',
      name: 'performance.reviews.results',
      component: () => import('./ResultsPage.vue'),
      props: true,
      meta: { permission: 'performance.review.read', title: 'performance.reviewResults.title' },
    },
  ],
  menu: [
    {
      title: 'performance.reviewResults.menu',
      path: 'reviews/mine',
      icon: 'DataAnalysis',
      permission: 'performance.review.read',
    },
  ],
  messages: { 'zh-CN': { ...wordsZh, ...zhCN }, en: { ...wordsEn, ...en } },
};
