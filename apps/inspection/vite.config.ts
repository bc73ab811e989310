import { remoteViteConfig } from '@duda/federation/presets';
import { defineConfig, mergeConfig } from 'vite';
import { presentation } from './src/presentation.ts';

const remote = remoteViteConfig({ presentation, remoteModule: './src/remote.ts', port: 5174 });

/**
 * The contracts, the month kit and the libraries under them (zod, dayjs) in one chunk. The remote's entry
 * imports them all before any page (the error catalogs, the routes' first queries), and left to itself the
 * bundler cut them along the pages' imports into eight files of 1–20 KB; over HTTP/1.1 on a phone each file
 * is another request in the six connections' queue (150 ms a round trip), so the halls list waited for them.
 */
const CONTRACT_CODE =
  /\/packages\/(contract-[a-z]+|month)\/src\/|\/node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?(zod|dayjs)\//;

// Built: a remote served by the gateway under /remotes/inspection/. `vite` (dev): the same pages alone, with
// a small bootstrap (index.html → src/standalone), calling the gateway through the dev server's proxy.
export default defineConfig((env) =>
  mergeConfig(remote(env), {
    build: {
      rolldownOptions: {
        output: { codeSplitting: { groups: [{ name: 'contracts', test: CONTRACT_CODE }] } },
      },
    },
  }),
);
