import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const bankFeature: Feature = {
  routes: [
    {
      path: 'bank',
      name: 'training.bank',
      component: () => import('./BankPage.vue'),
      meta: { permission: 'training.bank.manage', title: 'training.bank.title' },
    },
  ],
  menu: [
    { title: 'training.bank.menu', path: 'bank', icon: 'Collection', permission: 'training.bank.manage' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
