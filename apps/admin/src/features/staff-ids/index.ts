import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** Staff IDs (营业厅工号, 表5): business-system IDs issued to staff, suspended, restored and revoked. */
export const staffIdsFeature: Feature = {
  routes: [
    {
      path: 'staff-ids',
      name: 'admin.staffIds',
      component: () => import('./StaffIdsPage.vue'),
      meta: { permission: 'person.manage', title: 'admin.staffIds.title' },
    },
  ],
  menu: [{ title: 'admin.staffIds.menu', path: 'staff-ids', icon: 'Key', permission: 'person.manage' }],
  messages: { 'zh-CN': zhCN, en },
};
