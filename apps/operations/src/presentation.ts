// How the Hall operations remote presents itself in the portal; also written to dist/remote.json by the build.
import { defineRemotePresentation } from '@duda/federation/presentation';

export const presentation = defineRemotePresentation({
  name: 'operations',
  title: { 'zh-CN': '运营保障', en: 'Hall operations' },
  icon: 'Monitor',
  order: 100,
  permission: 'operations.read',
});
