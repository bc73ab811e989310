// `pnpm vitest` at the root runs every package's tests as one Vitest workspace;
// `pnpm --filter <pkg> test` runs one package alone with its own config.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: ['apps/*/vitest.config.ts', 'packages/*/vitest.config.ts', 'services/*/vitest.config.ts'],
  },
});
