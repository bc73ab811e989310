import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const rectificationsFeature: Feature = {
  routes: [
    {
      path: 'rectifications',
      name: 'inspection.rectifications',
      component: () => import('./RectificationsPage.vue'),
      meta: { permission: 'rectification.read', title: 'inspection.rectifications.title' },
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
