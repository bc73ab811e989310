import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/**
 * Analysis (分析): exam statistics, strengths and weaknesses by unit, knowledge point and person, the below-average
 * list with its retakes; and the hall managers' conversation tasks (谈话任务, 表9), phone-friendly.
 */
export const analysisFeature: Feature = {
  routes: [
    {
      path: 'analysis',
      name: 'training.analysis',
      component: () => import('./AnalysisPage.vue'),
      meta: { permission: 'training.analysis.read', title: 'training.analysis.title' },
    },
    {
      path: 'conversations',
      name: 'training.conversations',
      component: () => import('./ConversationsPage.vue'),
      meta: { permission: 'training.analysis.read', title: 'training.conversations.title' },
    },
  ],
  menu: [
    {
      title: 'training.analysis.menu',
      path: 'analysis',
      icon: 'DataAnalysis',
      permission: 'training.analysis.read',
    },
    {
      title: 'training.conversations.menu',
      path: 'conversations',
      icon: 'ChatDotRound',
      permission: 'training.analysis.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
