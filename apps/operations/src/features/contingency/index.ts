import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** The city's plan templates (编辑 by the city supervisor, read by the halls and districts) and a hall's plan editor. */
export const contingencyFeature: Feature = {
  routes: [
    {
      path: 'plan-templates',
      name: 'operations.planTemplates',
      component: () => import('./TemplatesPage.vue'),
      meta: { permission: 'operations.read', title: 'operations.contingency.title' },
    },
    {
      path: 'plan-templates/new',
      name: 'operations.planTemplate.new',
      component: () => import('./TemplatePage.vue'),
      meta: { permission: 'operations.plan.template', title: 'operations.contingency.form.newTitle' },
    },
    {
      path: 'plan-templates/:id',
      name: 'operations.planTemplate',
      component: () => import('./TemplatePage.vue'),
      meta: { permission: 'operations.read', title: 'operations.contingency.title' },
    },
    {
      path: 'plans/:id/edit',
      name: 'operations.plan.edit',
      component: () => import('./HallPlanPage.vue'),
      meta: { permission: 'operations.plan.adapt', title: 'operations.contingency.plan.editTitle' },
    },
  ],
  menu: [
    {
      title: 'operations.contingency.menu',
      path: 'plan-templates',
      icon: 'Files',
      permission: 'operations.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
