import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const queueFeature: Feature = {
  routes: [
    {
      path: 'queue',
      name: 'inspection.queue',
      component: () => import('./QueuePage.vue'),
      meta: { permission: 'queue.read', title: 'inspection.queue.title' },
    },
  ],
  menu: [{ title: 'inspection.queue.menu', path: 'queue', icon: 'Bell', permission: 'queue.read' }],
  messages: { 'zh-CN': zhCN, en },
};
