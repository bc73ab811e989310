import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const devicesFeature: Feature = {
  routes: [
    {
      path: 'devices',
      name: 'operations.devices',
      component: () => import('./DevicesPage.vue'),
      meta: { permission: 'operations.read', title: 'operations.devices.title' },
    },
  ],
  menu: [
    { title: 'operations.devices.menu', path: 'devices', icon: 'Monitor', permission: 'operations.read' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
