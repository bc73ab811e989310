import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/**
 * 申诉: one's own appeals and those of one's units (phone-friendly), an appeal with its history, the superior's
 * interview and decision. Filing starts from a scorecard line (AppealLineAction.vue, which the scorecard page shows
 * beside each line's evidence). The service decides who reads and who decides.
 */
export const appealsFeature: Feature = {
  routes: [
    {
      path: 'appeals',
      name: 'performance.appeals',
      component: () => import('./AppealsPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.appeals.title' },
    },
    {
      path: 'appeals/:id',
      name: 'performance.appeal',
      component: () => import('./AppealPage.vue'),
      props: true,
      meta: { permission: 'performance.read', title: 'performance.appeals.title' },
    },
  ],
  menu: [
    {
      title: 'performance.appeals.menu',
      path: 'appeals',
      icon: 'ChatDotRound',
      permission: 'performance.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
