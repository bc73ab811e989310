import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** The audit log (审计日志): filtered by who, what, which object and when, paged on the server, exported to Excel. */
export const auditFeature: Feature = {
  routes: [
    {
      path: 'audit',
      name: 'admin.audit',
      component: () => import('./AuditPage.vue'),
      meta: { permission: 'audit.read', title: 'admin.audit.title' },
    },
  ],
  menu: [{ title: 'admin.audit.menu', path: 'audit', icon: 'Tickets', permission: 'audit.read' }],
  messages: { 'zh-CN': zhCN, en },
};
