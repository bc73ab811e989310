import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const entriesFeature: Feature = {
  routes: [
    {
      path: 'entries',
      name: 'operations.entries',
      component: () => import('./EntriesPage.vue'),
      meta: { permission: 'operations.read', title: 'operations.entries.title' },
    },
  ],
  menu: [{ title: 'operations.entries.menu', path: 'entries', icon: 'List', permission: 'operations.read' }],
  messages: { 'zh-CN': zhCN, en },
};
