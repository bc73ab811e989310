import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** 考核表: the month's scorecards in scope, one person's scorecard with its evidence, and one's own. */
export const scorecardsFeature: Feature = {
  routes: [
    {
      path: 'scorecards',
      name: 'performance.scorecards',
      component: () => import('./ScorecardsPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.scorecards.title' },
    },
    {
      path: 'scorecards/mine',
      name: 'performance.scorecards.mine',
      component: () => import('./MyScorecardPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.scorecards.mine.title' },
    },
    {
      path: 'scorecards/:id',
      name: 'performance.scorecard',
      component: () => import('./ScorecardPage.vue'),
      props: true,
      meta: { permission: 'performance.read', title: 'performance.scorecards.title' },
    },
  ],
  menu: [
    {
      title: 'performance.scorecards.mineMenu',
      path: 'scorecards/mine',
      icon: 'Tickets',
      permission: 'performance.read',
    },
    {
      title: 'performance.scorecards.menu',
      path: 'scorecards',
      icon: 'Document',
      permission: 'performance.scorecard.assess',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
