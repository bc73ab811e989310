import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** Monthly inspection plans (检查计划): drafted by supervisors, approved by leaders, issued to inspectors and halls. */
export const plansFeature: Feature = {
  routes: [
    {
      path: 'plans',
      name: 'inspection.plans',
      component: () => import('./PlansPage.vue'),
      meta: { permission: 'inspection.plan.read', title: 'inspection.plans.title' },
    },
    {
      path: 'plans/:id',
      name: 'inspection.plans.detail',
      component: () => import('./PlanDetailPage.vue'),
      props: true,
      meta: { permission: 'inspection.plan.read', title: 'inspection.plans.detail.title' },
    },
  ],
  menu: [
    { title: 'inspection.plans.menu', path: 'plans', icon: 'Calendar', permission: 'inspection.plan.read' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
