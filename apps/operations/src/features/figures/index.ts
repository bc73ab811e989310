import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const figuresFeature: Feature = {
  routes: [
    {
      path: 'figures',
      name: 'operations.figures',
      component: () => import('./FiguresPage.vue'),
      meta: { permission: 'operations.read', title: 'operations.figures.title' },
    },
  ],
  menu: [
    { title: 'operations.figures.menu', path: 'figures', icon: 'DataLine', permission: 'operations.read' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
