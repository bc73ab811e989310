import type { Feature } from '../feature.ts';
import { en, zhCN } from './messages.ts';

/**
 * Exams (考试): held by the trainer, read by supervisors and managers in their scope; 我的考试 for every examinee
 * (the exam is taken on the attempts page, route `training.take`, path `take/:examId`).
 */
export const examsFeature: Feature = {
  routes: [
    {
      path: 'mine',
      name: 'training.mine',
      component: () => import('./MyExamsPage.vue'),
      meta: { permission: 'training.exam.take', title: 'training.exams.mine.title' },
    },
    {
      path: 'exams',
      name: 'training.exams',
      component: () => import('./ExamsPage.vue'),
      meta: { permission: 'training.read', title: 'training.exams.title' },
    },
    {
      path: 'exams/new',
      name: 'training.exams.new',
      component: () => import('./ExamEditorPage.vue'),
      meta: { permission: 'training.exam.manage', title: 'training.exams.editor.newTitle' },
    },
    {
      path: 'exams/:id',
      name: 'training.exams.detail',
      component: () => import('./ExamDetailPage.vue'),
      props: true,
      meta: { permission: 'training.read', title: 'training.exams.detail.title' },
    },
    {
      path: 'exams/:id/edit',
      name: 'training.exams.edit',
      component: () => import('./ExamEditorPage.vue'),
      props: true,
      meta: { permission: 'training.exam.manage', title: 'training.exams.editor.editTitle' },
    },
  ],
  menu: [
    { title: 'training.exams.mine.menu', path: 'mine', icon: 'EditPen', permission: 'training.exam.take' },
    { title: 'training.exams.menu', path: 'exams', icon: 'Calendar', permission: 'training.read' },
  ],
  messages: { 'zh-CN': zhCN, en },
};
