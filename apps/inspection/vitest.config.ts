import { appVitestConfig } from '@duda/tooling/vitest/app';

export default appVitestConfig('app-inspection');
