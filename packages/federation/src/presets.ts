// `@duda/federation/presets`: the whole Vite configuration of a remote and the Vitest settings of a portal
// app, so every area builds, serves, proxies and tests the same way and its config files are one call each.
// Used only in vite.config.ts / vitest.config.ts files (Node), never in the browser.
/// <reference types="node" />
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import type { UserConfig, UserConfigFnObject } from 'vite';
import { configDefaults, defineConfig, mergeConfig, type ViteUserConfig } from 'vitest/config';
import shared from '../../../vitest.shared.ts';
import { REPLACES_MODULES_OR_GLOBALS } from './replaces-modules.ts';
import { remoteFederation, vueI18nFlags, type RemoteFederationOptions } from './vite.ts';

export interface RemoteViteOptions extends RemoteFederationOptions {
  /** Dev server port unless `PORT` is set; one per remote, so several run side by side. */
  port: number;
}

/** Where the dev server sends API calls: the gateway, started on its own (`pnpm --filter @duda/gateway dev`). */
const gatewayUrl = () => process.env.DUDA_GATEWAY_URL ?? 'http://127.0.0.1:3000';

/**
 * Built: the remote served by the gateway under `/remotes/<name>/`. `vite` (dev): the same pages alone,
 * with the remote's own small bootstrap (index.html), calling the gateway through the dev server's proxy.
 */
export function remoteViteConfig({ port, ...federation }: RemoteViteOptions): UserConfigFnObject {
  return ({ command }): UserConfig => ({
    base: command === 'build' ? `/remotes/${federation.presentation.name}/` : '/',
    plugins: [vue(), remoteFederation({ ...federation, insideShell: command === 'build' })],
    define: vueI18nFlags,
    server: {
      port: Number(process.env.PORT ?? port),
      strictPort: true,
      proxy: { '/trpc': gatewayUrl(), '/api': gatewayUrl() },
    },
    // The portal's browser baseline; the shell is built for the same.
    build: { target: 'es2022' },
  });
}

type TestOptions = NonNullable<ViteUserConfig['test']>;

/** Set up each file of a suite whose files share their worker (`isolate: false`). */
const sharedWorkerSetup = () => fileURLToPath(new URL('./shared-worker-setup.ts', import.meta.url));

/** The test files under `dir`/src that replace a module or a global, relative to `dir`. */
export function testFilesReplacingModules(dir: string): string[] {
  return readdirSync(path.join(dir, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => path.join('src', file))
    .filter((file) => REPLACES_MODULES_OR_GLOBALS.test(readFileSync(path.join(dir, file), 'utf8')))
    .sort();
}

/**
 * Tests of a portal app (the shell, every remote): Vue components in a simulated browser, vue-i18n built as
 * in the bundle, the workspace's reporters and timeouts, in worker threads. `name` labels the project in the
 * workspace run; `test` adds or overrides settings for this app.
 *
 * `dir` (the app's folder: `import.meta.dirname` of its vitest.config.ts) lets the files share their workers:
 * Vue, Element Plus and the app's modules then load once per worker instead of once per file, most of a suite's
 * time. Each shared file starts on a cleared document and storage (`shared-worker-setup.ts`); the files that
 * replace a module or a global (`vi.mock`, `vi.stubGlobal`…) run isolated in a project of their own
 * (`<name> (isolated)`), since in a shared worker their fakes would meet, or leave behind, another file's.
 */
export function appVitestConfig(name: string, test: TestOptions = {}, dir?: string): ViteUserConfig {
  const isolated = dir ? testFilesReplacingModules(dir) : [];
  return mergeConfig(
    shared,
    defineConfig({
      plugins: [vue()],
      define: vueI18nFlags,
      test: {
        name,
        environment: 'happy-dom',
        pool: 'threads',
        ...test,
        ...(dir
          ? {
              projects: [
                {
                  extends: true,
                  test: {
                    name,
                    isolate: false,
                    setupFiles: [sharedWorkerSetup()],
                    exclude: [...configDefaults.exclude, ...isolated],
                  },
                },
                ...(isolated.length
                  ? [{ extends: true as const, test: { name: `${name} (isolated)`, include: isolated } }]
                  : []),
              ],
            }
          : {}),
      },
    }),
  );
}
