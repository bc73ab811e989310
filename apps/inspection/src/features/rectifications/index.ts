import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const rectificationsFeature: Feature = {
  routes: [
    {
      path: 'rectifications',
      name: 'inspection.rectifications',
      component: () => import('./RectificationsPage.vue'),
      // No role gate: a clerk opens the order behind her own deduction here with its grant (citedGrant.ts); the
      // service answers the list and each order only to whoever may read them.
      meta: { title: 'inspection.rectifications.title' },
    },
  ],
  menu: [
    {
      title: 'inspection.rectifications.menu',
      path: 'rectifications',
      icon: 'Tools',
      permission: 'rectification.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
