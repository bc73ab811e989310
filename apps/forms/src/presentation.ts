// How the Forms and approvals remote presents itself in the portal; also written to dist/remote.json by the build.
import { defineRemotePresentation } from '@duda/federation/presentation';

export const presentation = defineRemotePresentation({
  name: 'forms',
  title: { 'zh-CN': '表单与审批', en: 'Forms and approvals' },
  icon: 'Document',
  order: 100,
  permission: 'forms.read',
});
