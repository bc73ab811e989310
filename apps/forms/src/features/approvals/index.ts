import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const approvalsFeature: Feature = {
  routes: [
    {
      path: 'approvals',
      name: 'forms.approvals',
      component: () => import('./PendingApprovalsPage.vue'),
      meta: { permission: 'forms.read', title: 'forms.approvals.title' },
    },
    {
      path: 'approvals/:id',
      name: 'forms.approvals.detail',
      component: () => import('./ApprovalPage.vue'),
      meta: { permission: 'forms.read', title: 'forms.approvals.page.title' },
    },
  ],
  menu: [{ title: 'forms.approvals.menu', path: 'approvals', icon: 'Stamp', permission: 'forms.read' }],
  messages: { 'zh-CN': zhCN, en },
};
