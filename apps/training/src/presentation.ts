// How the Training and exams remote presents itself in the portal; also written to dist/remote.json by the build.
import { defineRemotePresentation } from '@duda/federation/presentation';

export const presentation = defineRemotePresentation({
  name: 'training',
  title: { 'zh-CN': '培训考试', en: 'Training and exams' },
  icon: 'Document',
  order: 100,
  permission: 'training.read',
});
