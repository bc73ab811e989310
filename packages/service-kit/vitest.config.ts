import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// A real PostgreSQL for the service run alone (src/server/alone.test.ts).
export default mergeConfig(
  shared,
  defineProject({ test: { name: 'service-kit', globalSetup: ['@duda/db/vitest-global-setup'] } }),
);
