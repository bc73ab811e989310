import { defineComponent, h } from 'vue';

/** A page of the test remote (auditRemote.ts). */
export default defineComponent({
  name: 'AuditReportsPage',
  setup: () => () => h('h1', 'audit reports page'),
});
