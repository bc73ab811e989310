import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const fillFeature: Feature = {
  routes: [
    {
      path: 'fill',
      name: 'forms.fill',
      component: () => import('./FillIndexPage.vue'),
      meta: { permission: 'forms.submission.submit', title: 'forms.fill.title' },
    },
    {
      path: 'fill/:versionId',
      name: 'forms.fill.form',
      component: () => import('./FillPage.vue'),
      meta: { permission: 'forms.submission.submit', title: 'forms.fill.title' },
    },
  ],
  menu: [{ title: 'forms.fill.menu', path: 'fill', icon: 'EditPen', permission: 'forms.submission.submit' }],
  messages: { 'zh-CN': zhCN, en },
};
