import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const defectsFeature: Feature = {
  routes: [
    {
      path: 'defects',
      name: 'inspection.defects',
      component: () => import('./DefectsPage.vue'),
      meta: { permission: 'inspection.read', title: 'inspection.defects.title' },
    },
  ],
  menu: [
    { title: 'inspection.defects.menu', path: 'defects', icon: 'Collection', permission: 'inspection.read' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
