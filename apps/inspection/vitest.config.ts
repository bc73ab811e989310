import { appVitestConfig } from '@duda/federation/presets';

// Files share their workers, but for those that replace a module, which run isolated (presets.ts).
export default appVitestConfig('app-inspection', {}, import.meta.dirname);
