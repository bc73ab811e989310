// A remote as a team writes it (the `./remote` module of a hypothetical exam remote), for the loader tests.
import { defineRemote } from '../../contract.ts';
import { examAction } from '../../testing/examActions.ts';

const PapersPage = { name: 'PapersPage', render: () => null };

export default defineRemote({
  name: 'exam',
  title: { 'zh-CN': '培训考试', en: 'Training and exams' },
  icon: 'Reading',
  order: 20,
  permission: examAction('exam.take'),
  routes: [
    { path: '', redirect: { name: 'exam.papers' } },
    {
      path: 'papers',
      name: 'exam.papers',
      component: PapersPage,
      meta: { permission: examAction('exam.paper.edit') },
    },
  ],
  menu: [
    {
      title: 'exam.menu.papers',
      path: 'papers',
      icon: 'Document',
      permission: examAction('exam.paper.edit'),
    },
  ],
  messages: { 'zh-CN': { exam: { title: '培训考试' } }, en: { exam: { title: 'Training and exams' } } },
});
