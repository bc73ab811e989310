import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/**
 * Training plans (培训计划): each unit's monthly plan drafted from last month's exams and inspections, its editor
 * (topics, sessions) and attendance taking on a phone.
 */
export const plansFeature: Feature = {
  routes: [
    {
      path: 'plans',
      name: 'training.plans.list',
      component: () => import('./PlansPage.vue'),
      meta: { permission: 'training.read', title: 'training.plans.title' },
    },
    {
      path: 'plans/:id',
      name: 'training.plans.editor',
      component: () => import('./PlanEditorPage.vue'),
      props: true,
      meta: { permission: 'training.read', title: 'training.plans.title' },
    },
    {
      path: 'plans/:id/sessions/:sessionId/attendance',
      name: 'training.plans.attendance',
      component: () => import('./AttendancePage.vue'),
      props: true,
      meta: { permission: 'training.plan.manage', title: 'training.plans.attendance.title' },
    },
  ],
  menu: [{ title: 'training.plans.menu', path: 'plans', icon: 'Calendar', permission: 'training.read' }],
  messages: { 'zh-CN': zhCN, en },
};
