import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/**
 * Oral exams and skill tests (口试与技能测试): the weekly oral exams a hall's supervisors record (phone-friendly) and
 * everyone reading training results sees in their scope, the typing test every member of staff takes,
 * business-handling times with the month report, and one's own results.
 */
export const skillsFeature: Feature = {
  routes: [
    {
      path: 'skills/oral',
      name: 'training.skills.oral',
      component: () => import('./OralExamsPage.vue'),
      meta: { permission: 'training.read', title: 'training.skills.oral.title' },
    },
    {
      path: 'skills/handling',
      name: 'training.skills.handling',
      component: () => import('./HandlingPage.vue'),
      meta: { permission: 'training.read', title: 'training.skills.handling.title' },
    },
    {
      path: 'skills/typing',
      name: 'training.skills.typing',
      component: () => import('./TypingTestPage.vue'),
      meta: { permission: 'training.exam.take', title: 'training.skills.typing.title' },
    },
    {
      path: 'skills/mine',
      name: 'training.skills.mine',
      component: () => import('./MySkillsPage.vue'),
      meta: { permission: 'training.exam.take', title: 'training.skills.mine.title' },
    },
  ],
  menu: [
    {
      title: 'training.skills.oral.menu',
      path: 'skills/oral',
      icon: 'Microphone',
      permission: 'training.read',
    },
    {
      title: 'training.skills.handling.menu',
      path: 'skills/handling',
      icon: 'Timer',
      permission: 'training.read',
    },
    {
      title: 'training.skills.typing.menu',
      path: 'skills/typing',
      icon: 'EditPen',
      permission: 'training.exam.take',
    },
    {
      title: 'training.skills.mine.menu',
      path: 'skills/mine',
      icon: 'Medal',
      permission: 'training.exam.take',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
