import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const entriesFeature: Feature = {
  routes: [
    {
      path: 'entries',
      name: 'forms.entries',
      component: () => import('./EntriesPage.vue'),
      meta: { permission: 'forms.read', title: 'forms.entries.title' },
    },
  ],
  menu: [{ title: 'forms.entries.menu', path: 'entries', icon: 'List', permission: 'forms.read' }],
  messages: { 'zh-CN': zhCN, en },
};
