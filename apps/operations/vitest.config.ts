import { appVitestConfig } from '@duda/federation/presets';

export default appVitestConfig('app-operations');
