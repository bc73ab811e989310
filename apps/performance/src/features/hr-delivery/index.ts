import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** 推送人力: the city's address and secret for HR's webhook, every delivery with its attempts, the re-send. */
export const hrDeliveryFeature: Feature = {
  routes: [
    {
      path: 'hr-deliveries',
      name: 'performance.hrDeliveries',
      component: () => import('./DeliveriesPage.vue'),
      meta: { permission: 'performance.read', title: 'performance.hrDelivery.title' },
    },
  ],
  // The city supervisor sets the address; HR follows what reached it.
  menu: [
    {
      title: 'performance.hrDelivery.menu',
      path: 'hr-deliveries',
      icon: 'Promotion',
      permission: 'performance.month.signoff',
    },
    {
      title: 'performance.hrDelivery.menu',
      path: 'hr-deliveries',
      icon: 'Promotion',
      permission: 'performance.export',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
