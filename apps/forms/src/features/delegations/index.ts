import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const delegationsFeature: Feature = {
  routes: [
    {
      path: 'delegations',
      name: 'forms.delegations',
      component: () => import('./DelegationsPage.vue'),
      meta: { permission: 'forms.read', title: 'forms.delegations.title' },
    },
  ],
  menu: [{ title: 'forms.delegations.menu', path: 'delegations', icon: 'User', permission: 'forms.read' }],
  messages: { 'zh-CN': zhCN, en },
};
