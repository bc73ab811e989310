import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const templatesFeature: Feature = {
  routes: [
    {
      path: 'templates',
      name: 'forms.templates',
      component: () => import('./TemplatesPage.vue'),
      meta: { permission: 'forms.template.manage', title: 'forms.templates.title' },
    },
    {
      path: 'templates/new',
      name: 'forms.templates.new',
      component: () => import('./NewTemplatePage.vue'),
      meta: { permission: 'forms.template.manage', title: 'forms.templates.create.title' },
    },
    {
      path: 'templates/:id/flow',
      name: 'forms.templates.flow',
      component: () => import('./TemplateFlowPage.vue'),
      meta: { permission: 'forms.template.manage', title: 'forms.templates.flow.action' },
    },
    {
      path: 'templates/:id/design',
      name: 'forms.templates.design',
      component: () => import('./TemplateDesignPage.vue'),
      meta: { permission: 'forms.template.manage', title: 'forms.templates.design.title' },
    },
  ],
  menu: [
    { title: 'forms.templates.menu', path: 'templates', icon: 'Files', permission: 'forms.template.manage' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
