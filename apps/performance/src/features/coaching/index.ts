import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/**
 * 辅导: the supervisor's coaching page (low performers and their plans, plans under way, improvers to recognise),
 * the improvement plans list (one's own, one's units'), a plan with its follow-ups and outcome, and the city's
 * thresholds (辅导门槛). The service decides who reads, who coaches and who sets the thresholds.
 */
export const coachingFeature: Feature = {
  routes: [
    {
      path: 'coaching',
      name: 'performance.coaching',
      component: () => import('./CoachingPage.vue'),
      meta: { permission: 'performance.scorecard.assess', title: 'performance.coaching.title' },
    },
    // Everyone in the area reads the city's thresholds; the page offers the form to the city supervisor only.
    {
      path: 'coaching/thresholds',
      name: 'performance.coaching.thresholds',
      component: () => import('./ThresholdsPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.coaching.thresholds.title' },
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
    // Set by whoever may save them (the server's rule: the city supervisor); others reach them from 绩效辅导.
    {
      title: 'performance.coaching.thresholds.menu',
      path: 'coaching/thresholds',
      icon: 'Operation',
      permission: 'performance.scheme.manage',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
