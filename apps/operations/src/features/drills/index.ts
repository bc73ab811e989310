import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const drillsFeature: Feature = {
  routes: [
    {
      path: 'drills',
      name: 'operations.drills',
      component: () => import('./DrillsPage.vue'),
      meta: { permission: 'operations.read', title: 'operations.drills.title' },
    },
    {
      path: 'drill-figures',
      name: 'operations.drillFigures',
      component: () => import('./DrillFiguresPage.vue'),
      meta: { permission: 'operations.read', title: 'operations.drills.figures.title' },
    },
  ],
  menu: [
    { title: 'operations.drills.menu', path: 'drills', icon: 'Flag', permission: 'operations.read' },
    {
      title: 'operations.drills.figures.menu',
      path: 'drill-figures',
      icon: 'Histogram',
      permission: 'operations.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
