import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

export const policiesFeature: Feature = {
  routes: [
    {
      path: 'policies',
      name: 'forms.policies',
      component: () => import('./PoliciesPage.vue'),
      meta: { permission: 'forms.read', title: 'forms.policies.title' },
    },
    {
      path: 'policies/new',
      name: 'forms.policies.new',
      component: () => import('./PolicyEditorPage.vue'),
      meta: { permission: 'forms.policy.manage', title: 'forms.policies.editor.createTitle' },
    },
    {
      path: 'policies/:id/edit',
      name: 'forms.policies.edit',
      component: () => import('./PolicyEditorPage.vue'),
      meta: { permission: 'forms.policy.manage', title: 'forms.policies.editor.editTitle' },
    },
  ],
  menu: [{ title: 'forms.policies.menu', path: 'policies', icon: 'Notebook', permission: 'forms.read' }],
  messages: { 'zh-CN': zhCN, en },
};
