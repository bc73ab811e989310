import { appVitestConfig } from '@duda/federation/presets';

// Worker threads instead of child processes: each test file still gets a fresh worker (isolated, so its
// vi.mock and its document stay its own), but a thread starts cheaper than a forked Node process — the
// shell's suite used 22 % less CPU, app-training's 10 % (docs/testing.md).
export default appVitestConfig('standalone', { pool: 'threads' });
