import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const noticesFeature: Feature = {
  routes: [
    {
      path: 'notices',
      name: 'inspection.notices',
      component: () => import('./NoticesPage.vue'),
      meta: { permission: 'notice.read', title: 'inspection.notices.title' },
    },
    {
      path: 'notices/:id',
      name: 'inspection.notice',
      component: () => import('./NoticeDetailPage.vue'),
      meta: { permission: 'notice.read', title: 'inspection.notices.title' },
    },
    {
      path: 'archive',
      name: 'inspection.archive',
      component: () => import('./ArchivePage.vue'),
      meta: { permission: 'archive.manage', title: 'inspection.archive.title' },
    },
  ],
  menu: [
    { title: 'inspection.notices.menu', path: 'notices', icon: 'Notification', permission: 'notice.read' },
    {
      title: 'inspection.archive.menu',
      path: 'archive',
      icon: 'FolderChecked',
      permission: 'archive.manage',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
