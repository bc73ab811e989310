// `@duda/federation/presets`: the whole Vite configuration of a remote and the Vitest settings of a portal
// app, so every area builds, serves, proxies and tests the same way and its config files are one call each.
// Used only in vite.config.ts / vitest.config.ts files (Node), never in the browser.
/// <reference types="node" />
import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import type { UserConfig, UserConfigFnObject } from 'vite';
import { defineProject, mergeConfig, type ViteUserConfig } from 'vitest/config';
import shared from '../../../vitest.shared.ts';
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
const sharedWorkerSetup = () =>
  fileURLToPath(new URL('./shared-worker-setup.ts', import.meta.url));

/**
 * Tests of a portal app (the shell, every remote): Vue components in a simulated browser, vue-i18n built as
 * in the bundle, the workspace's reporters and timeouts. `name` labels the project in the workspace run;
 * `test` adds or overrides settings for this app; with `isolate: false` (files share their worker) each file
 * starts on a cleared document and storage, and a file that replaces a module or a global is refused.
 */
export function appVitestConfig(name: string, test: TestOptions = {}): ViteUserConfig {
  return mergeConfig(
    shared,
    defineProject({
      plugins: [vue()],
      define: vueI18nFlags,
      test: {
        name,
        environment: 'happy-dom',
        ...(test.isolate === false ? { setupFiles: [sharedWorkerSetup()] } : {}),
        ...test,
      },
    }),
  );
}
