import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** The org tree (组织架构): units created, renamed, moved and deactivated, each with its change history. */
export const orgFeature: Feature = {
  routes: [
    {
      path: 'org',
      name: 'admin.org',
      component: () => import('./OrgPage.vue'),
      meta: { permission: 'org.manage', title: 'admin.org.title' },
    },
  ],
  menu: [{ title: 'admin.org.menu', path: 'org', icon: 'Share', permission: 'org.manage' }],
  messages: { 'zh-CN': zhCN, en },
};
