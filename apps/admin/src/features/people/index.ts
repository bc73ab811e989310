import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/**
 * People (人员): staff in the admin's scope found among thousands, created and edited (a new org unit is a
 * transfer), disabled and re-activated, their password reset, and their roles at org units.
 */
export const peopleFeature: Feature = {
  routes: [
    {
      path: 'people',
      name: 'admin.people',
      component: () => import('./PeoplePage.vue'),
      meta: { permission: 'person.manage', title: 'admin.people.title' },
    },
  ],
  menu: [{ title: 'admin.people.menu', path: 'people', icon: 'User', permission: 'person.manage' }],
  messages: { 'zh-CN': zhCN, en },
};
