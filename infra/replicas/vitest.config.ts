import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

// One PostgreSQL for the run; the check starts its processes once and keeps them for every step.
export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'replicas',
      globalSetup: ['@duda/db/vitest-global-setup'],
      hookTimeout: 120_000,
      testTimeout: 60_000,
    },
  }),
);
