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
    {
      path: 'devices/register',
      name: 'operations.devices.register',
      component: () => import('./DeviceFormPage.vue'),
      meta: { permission: 'operations.device.manage', title: 'operations.devices.actions.register' },
    },
    {
      path: 'devices/:id/edit',
      name: 'operations.devices.edit',
      component: () => import('./DeviceFormPage.vue'),
      meta: { permission: 'operations.device.manage', title: 'operations.devices.form.editTitle' },
    },
  ],
  menu: [
    { title: 'operations.devices.menu', path: 'devices', icon: 'Monitor', permission: 'operations.read' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
