import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const entriesFeature: Feature = {
  routes: [
    {
      path: 'entries',
      name: 'training.entries',
      component: () => import('./EntriesPage.vue'),
      meta: { permission: 'training.read', title: 'training.entries.title' },
    },
  ],
  menu: [{ title: 'training.entries.menu', path: 'entries', icon: 'List', permission: 'training.read' }],
  messages: { 'zh-CN': zhCN, en },
};
