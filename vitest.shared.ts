// Settings every package's vitest.config.ts merges in: a JSON report for the root summary line.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/vitest.json' },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
