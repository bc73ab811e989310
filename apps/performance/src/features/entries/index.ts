import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const entriesFeature: Feature = {
  routes: [
    {
      path: 'entries',
      name: 'performance.entries',
      component: () => import('./EntriesPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.entries.title' },
    },
  ],
  menu: [
    { title: 'performance.entries.menu', path: 'entries', icon: 'List', permission: 'performance.read' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
