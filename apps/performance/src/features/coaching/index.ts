import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/**
 * 辅导: the supervisor's coaching page (low performers and their plans, plans under way, improvers to recognise),
 * the improvement plans list (one's own, one's units'), and a plan with its follow-ups and outcome. The service
 * decides who reads and who coaches.
 */
export const coachingFeature: Feature = {
  routes: [
    {
      path: 'coaching',
      name: 'performance.coaching',
      component: () => import('./CoachingPage.vue'),
      meta: { permission: 'performance.scorecard.assess', title: 'performance.coaching.title' },
    },
    {
      path: 'coaching/plans',
      name: 'performance.coaching.plans',
      component: () => import('./PlansPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.coaching.plans.title' },
    },
    {
      path: 'coaching/plans/:id',
      name: 'performance.coaching.plan',
      component: () => import('./PlanPage.vue'),
      props: true,
      meta: { permission: 'performance.read', title: 'performance.coaching.plans.title' },
    },
  ],
  menu: [
    {
      title: 'performance.coaching.menu',
      path: 'coaching',
      icon: 'Promotion',
      permission: 'performance.scorecard.assess',
    },
    {
      title: 'performance.coaching.plans.menu',
      path: 'coaching/plans',
      icon: 'Aim',
      permission: 'performance.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
