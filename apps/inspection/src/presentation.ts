// How the inspection remote presents itself in the portal. One declaration read twice: `remote.ts` passes
// it to defineRemote, and the build (vite.config.ts) writes it to dist/remote.json for the gateway to list,
// so the shell can name this module and offer its stand-in page even when its code does not load.
import { defineRemotePresentation } from '@duda/federation/presentation';

export const presentation = defineRemotePresentation({
  name: 'inspection',
  title: { 'zh-CN': '服务检查', en: 'Service inspection' },
  icon: 'Checked',
  order: 10,
  // Offered while down to whoever reads inspections; clerks, who only read the notices, are not.
  permission: 'inspection.read',
});
