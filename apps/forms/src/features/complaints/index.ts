import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const complaintsFeature: Feature = {
  routes: [
    {
      path: 'complaints',
      name: 'forms.complaints',
      component: () => import('./ComplaintsPage.vue'),
      meta: { permission: 'forms.complaint.read', title: 'forms.complaints.title' },
    },
    {
      path: 'complaints/new',
      name: 'forms.complaints.new',
      component: () => import('./ComplaintIntakePage.vue'),
      meta: { permission: 'forms.complaint.take', title: 'forms.complaints.intake.title' },
    },
    {
      path: 'complaints/limits',
      name: 'forms.complaints.limits',
      component: () => import('./ComplaintLimitsPage.vue'),
      meta: { permission: 'forms.complaint.limits.manage', title: 'forms.complaints.limits.title' },
    },
    {
      path: 'complaints/:id',
      name: 'forms.complaints.detail',
      component: () => import('./ComplaintPage.vue'),
      meta: { permission: 'forms.complaint.read', title: 'forms.complaints.detail.title' },
    },
  ],
  menu: [
    {
      title: 'forms.complaints.menu',
      path: 'complaints',
      icon: 'ChatLineSquare',
      permission: 'forms.complaint.read',
    },
    {
      title: 'forms.complaints.limits.menu',
      path: 'complaints/limits',
      icon: 'Timer',
      permission: 'forms.complaint.limits.manage',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
