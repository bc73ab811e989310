// The setup of every test file of a portal app whose files share their worker (`isolate: false`, see presets.ts):
// the suite then loads Vue, Element Plus and its own modules once per worker instead of once per file, most of its
// time. What a file leaves in the simulated browser is cleared before the next one starts (the document's body,
// the browser storage), and Vue Test Utils' auto-unmount is switched off after each file so the next file's own
// `enableAutoUnmount` takes. A file that replaces modules or globals (vi.mock, vi.stubGlobal…) would meet, or
// leave behind, another file's copies, so such a file is refused here: a package with one keeps its files isolated.
import { readFileSync } from 'node:fs';
import { disableAutoUnmount } from '@vue/test-utils';
import { afterAll, beforeAll, expect } from 'vitest';
import { REPLACES_MODULES_OR_GLOBALS } from './replaces-modules.ts';

beforeAll(() => {
  const file = expect.getState().testPath;
  if (file && REPLACES_MODULES_OR_GLOBALS.test(readFileSync(file, 'utf8'))) {
    throw new Error(
      `${file} replaces a module or a global (vi.mock, vi.stubGlobal…): its package's test files must run isolated`,
    );
  }
  document.body.replaceChildren();
  localStorage.clear();
  sessionStorage.clear();
});

afterAll(() => disableAutoUnmount());
