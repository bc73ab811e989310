// How the Performance remote presents itself in the portal; also written to dist/remote.json by the build.
import { defineRemotePresentation } from '@duda/federation/presentation';

export const presentation = defineRemotePresentation({
  name: 'performance',
  title: { 'zh-CN': '绩效考核', en: 'Performance' },
  icon: 'Document',
  order: 100,
  permission: 'performance.read',
});
