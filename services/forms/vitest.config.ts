import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'forms',
      globalSetup: ['@duda/db/vitest-global-setup'],
      // Test files share nothing but the server (each makes its own database) and mock no module, so one
      // worker keeps the modules it loaded (Prisma clients, routers) for its next file instead of loading
      // them again per file: the package's tests take a third of the time (docs/testing.md).
      isolate: false,
    },
  }),
);
