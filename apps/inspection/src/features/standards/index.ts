import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** Checklist standards (检查标准): versions, items and, for their maintainers, drafting and publishing. */
export const standardsFeature: Feature = {
  routes: [
    {
      path: 'standards',
      name: 'inspection.standards',
      component: () => import('./StandardsPage.vue'),
      meta: { permission: 'inspection.template.read', title: 'inspection.standards.title' },
    },
    {
      path: 'standards/:id',
      name: 'inspection.standards.detail',
      component: () => import('./StandardDetailPage.vue'),
      props: true,
      meta: { permission: 'inspection.template.read', title: 'inspection.standards.detail.title' },
    },
    {
      path: 'standards/:id/edit',
      name: 'inspection.standards.edit',
      component: () => import('./TemplateEditorPage.vue'),
      props: true,
      meta: { permission: 'inspection.template.manage', title: 'inspection.standards.editor.title' },
    },
  ],
  menu: [
    {
      title: 'inspection.standards.menu',
      path: 'standards',
      icon: 'Notebook',
      permission: 'inspection.template.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
