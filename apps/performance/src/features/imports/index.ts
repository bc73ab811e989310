import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** 满意率导入: the city supervisor imports the SMS survey's satisfaction rates per month; the run reads them. */
export const importsFeature: Feature = {
  routes: [
    {
      path: 'imports/satisfaction',
      name: 'performance.imports.satisfaction',
      component: () => import('./SatisfactionImportPage.vue'),
      meta: { permission: 'performance.month.run', title: 'performance.imports.title' },
    },
  ],
  menu: [
    {
      title: 'performance.imports.menu',
      path: 'imports/satisfaction',
      icon: 'Upload',
      permission: 'performance.month.run',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
