import { defineRemote } from '@duda/federation';
import BrokenPage from './AuditBrokenPage.ts';
import ReportsPage from './AuditReportsPage.ts';

// A small remote for the shell's tests, built the way a team builds one (see packages/federation/README.md).
export default defineRemote({
  name: 'audit',
  title: { 'zh-CN': '审计', en: 'Audit' },
  icon: 'Document',
  order: 50,
  permission: 'inspection.read',
  routes: [
    { path: '', redirect: { name: 'audit.reports' } },
    {
      path: 'reports',
      name: 'audit.reports',
      component: ReportsPage,
      meta: { permission: 'inspection.read', title: 'audit.title' },
    },
    { path: 'broken', name: 'audit.broken', component: BrokenPage },
  ],
  menu: [{ title: 'audit.reports', path: 'reports', permission: 'inspection.read' }],
  messages: {
    'zh-CN': { audit: { title: '审计', reports: '审计报告' } },
    en: { audit: { title: 'Audit', reports: 'Audit reports' } },
  },
});
