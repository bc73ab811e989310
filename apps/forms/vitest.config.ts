import { appVitestConfig } from '@duda/federation/presets';

// Isolated: with shared workers (presets.ts, `dir`) six of its renderer and dialog tests met components an
// earlier file left mounted (docs/testing.md).
export default appVitestConfig('app-forms');
