import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/**
 * Taking an exam (答题), linked from 我的考试 as `training.take`, and the examinee's results (我的成绩). Every member of
 * staff sits the exams published to them.
 */
export const attemptsFeature: Feature = {
  routes: [
    {
      path: 'take/:examId',
      name: 'training.take',
      component: () => import('./TakePage.vue'),
      props: true,
      meta: { permission: 'training.exam.take', title: 'training.take.title' },
    },
    {
      path: 'exams/:examId/attempts',
      name: 'training.examAttempts',
      component: () => import('./ExamAttemptsPage.vue'),
      props: true,
      meta: { permission: 'training.read', title: 'training.examAttempts.title' },
    },
    {
      path: 'results',
      name: 'training.myResults',
      component: () => import('./MyResultsPage.vue'),
      meta: { permission: 'training.exam.take', title: 'training.results.title' },
    },
    {
      path: 'results/:attemptId',
      name: 'training.attempts.result',
      component: () => import('./ResultPage.vue'),
      props: true,
      meta: { title: 'training.results.title' },
    },
  ],
  menu: [
    { title: 'training.results.menu', path: 'results', icon: 'Medal', permission: 'training.exam.take' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
