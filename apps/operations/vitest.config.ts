import { appVitestConfig } from '@duda/federation/presets';

// Worker threads whose files share them (`isolate: false`): Vue, Element Plus and the app's modules load once per
// worker instead of once per file. No file here replaces a module or a global (the shared setup refuses one that
// does); each file starts on a cleared document (docs/testing.md).
export default appVitestConfig('app-operations', { pool: 'threads', isolate: false });
