import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/**
 * Checklist standards (检查标准): versions, items and, for their maintainers, drafting and publishing. In code
 * and on the wire a standard is a template (`inspection.templates.*`); the URLs keep the user's word.
 */
export const templatesFeature: Feature = {
  routes: [
    {
      path: 'standards',
      name: 'inspection.templates',
      component: () => import('./TemplatesPage.vue'),
      meta: { permission: 'inspection.template.read', title: 'inspection.templates.title' },
    },
    {
      path: 'standards/:id',
      name: 'inspection.templates.detail',
      component: () => import('./TemplateDetailPage.vue'),
      props: true,
      meta: { permission: 'inspection.template.read', title: 'inspection.templates.detail.title' },
    },
    {
      path: 'standards/:id/edit',
      name: 'inspection.templates.edit',
      component: () => import('./TemplateEditorPage.vue'),
      props: true,
      meta: { permission: 'inspection.template.manage', title: 'inspection.templates.editor.title' },
    },
  ],
  menu: [
    {
      title: 'inspection.templates.menu',
      path: 'standards',
      icon: 'Notebook',
      permission: 'inspection.template.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
