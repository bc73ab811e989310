import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/** Papers (试卷): fixed or drawn by rules, checked against the bank, previewed, published — the trainer's. */
export const papersFeature: Feature = {
  routes: [
    {
      path: 'papers',
      name: 'training.papers',
      component: () => import('./PapersPage.vue'),
      meta: { permission: 'training.exam.manage', title: 'training.papers.title' },
    },
    {
      path: 'papers/new',
      name: 'training.papers.new',
      component: () => import('./PaperEditorPage.vue'),
      meta: { permission: 'training.exam.manage', title: 'training.papers.editor.newTitle' },
    },
    {
      path: 'papers/:id',
      name: 'training.papers.edit',
      component: () => import('./PaperEditorPage.vue'),
      props: true,
      meta: { permission: 'training.exam.manage', title: 'training.papers.editor.editTitle' },
    },
  ],
  menu: [
    { title: 'training.papers.menu', path: 'papers', icon: 'Document', permission: 'training.exam.manage' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
