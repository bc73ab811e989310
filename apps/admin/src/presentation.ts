// How the Administration remote presents itself in the portal; also written to dist/remote.json by the build.
import { defineRemotePresentation } from '@duda/federation/presentation';

// Only administrators manage people (person.manage), so only they see the group in the menu.
export const presentation = defineRemotePresentation({
  name: 'admin',
  title: { 'zh-CN': '系统管理', en: 'Administration' },
  icon: 'Setting',
  order: 900,
  permission: 'person.manage',
});
