import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/**
 * The knowledge base (知识库): every member of staff searches and reads the published articles and has 我的必读;
 * the trainer writes articles (Tiptap), assigns required reading and sees who has not read it.
 */
export const knowledgeFeature: Feature = {
  routes: [
    {
      path: 'knowledge',
      name: 'training.knowledge',
      component: () => import('./KnowledgePage.vue'),
      meta: { permission: 'training.knowledge.read', title: 'training.knowledge.title' },
    },
    {
      path: 'knowledge/new',
      name: 'training.knowledge.new',
      component: () => import('./EditorPage.vue'),
      meta: { permission: 'training.knowledge.manage', title: 'training.knowledge.editor.newTitle' },
    },
    {
      path: 'knowledge/:id',
      name: 'training.knowledge.article',
      component: () => import('./ArticlePage.vue'),
      props: true,
      meta: { permission: 'training.knowledge.read', title: 'training.knowledge.title' },
    },
    {
      path: 'knowledge/:id/edit',
      name: 'training.knowledge.edit',
      component: () => import('./EditorPage.vue'),
      props: true,
      meta: { permission: 'training.knowledge.manage', title: 'training.knowledge.editor.editTitle' },
    },
    {
      path: 'knowledge/required/:requiredReadingId',
      name: 'training.knowledge.readers',
      component: () => import('./ReadersPage.vue'),
      props: true,
      meta: { permission: 'training.knowledge.manage', title: 'training.knowledge.readers.title' },
    },
    {
      path: 'reading',
      name: 'training.knowledge.mine',
      component: () => import('./MyReadingPage.vue'),
      meta: { permission: 'training.knowledge.read', title: 'training.knowledge.mine.title' },
    },
  ],
  menu: [
    {
      title: 'training.knowledge.mine.menu',
      path: 'reading',
      icon: 'Reading',
      permission: 'training.knowledge.read',
    },
    {
      title: 'training.knowledge.menu',
      path: 'knowledge',
      icon: 'Collection',
      permission: 'training.knowledge.read',
    },
  ],
  messages: { 'zh-CN': zhCN, en },
};
