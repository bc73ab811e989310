import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** Marking short answers (阅卷): the trainers'. */
export const markingFeature: Feature = {
  routes: [
    {
      path: 'marking',
      name: 'training.marking',
      component: () => import('./MarkingPage.vue'),
      meta: { permission: 'training.exam.manage', title: 'training.marking.title' },
    },
  ],
  menu: [
    { title: 'training.marking.menu', path: 'marking', icon: 'Stamp', permission: 'training.exam.manage' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
