import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const submissionsFeature: Feature = {
  routes: [
    {
      path: 'mine',
      name: 'forms.mine',
      component: () => import('./MySubmissionsPage.vue'),
      meta: { permission: 'forms.read', title: 'forms.submissions.mine.title' },
    },
    {
      path: 'submissions',
      name: 'forms.submissions',
      component: () => import('./SubmissionsPage.vue'),
      meta: { permission: 'forms.submission.read', title: 'forms.submissions.list.title' },
    },
    {
      path: 'submissions/:id',
      name: 'forms.submissions.detail',
      component: () => import('./SubmissionDetailPage.vue'),
      meta: { permission: 'forms.read', title: 'forms.submissions.detail.title' },
    },
    {
      path: 'submissions/:id/print',
      name: 'forms.submissions.print',
      component: () => import('./PrintPage.vue'),
      meta: { permission: 'forms.read', title: 'forms.submissions.print.title' },
    },
  ],
  menu: [
    { title: 'forms.submissions.mine.menu', path: 'mine', icon: 'Tickets', permission: 'forms.read' },
    {
      title: 'forms.submissions.list.menu',
      path: 'submissions',
      icon: 'List',
      permission: 'forms.submission.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
