// A remote as a team writes it (the `./remote` module of a hypothetical exam remote), for the loader tests.
import { defineRemote } from '../../contract.ts';

const PapersPage = { name: 'PapersPage', render: () => null };

export default defineRemote({
  name: 'exam',
  title: 'exam.title',
  routes: [
    { path: '', redirect: { name: 'exam.papers' } },
    { path: 'papers', name: 'exam.papers', component: PapersPage, meta: { permission: 'exam.paper.edit' } },
  ],
  menu: [{ title: 'exam.menu.papers', path: 'papers', icon: 'Document', permission: 'exam.paper.edit' }],
  messages: { 'zh-CN': { exam: { title: '培训考试' } }, en: { exam: { title: 'Training and exams' } } },
});
