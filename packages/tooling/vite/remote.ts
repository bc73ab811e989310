// `@duda/tooling/vite/remote`: the whole Vite configuration of a remote (a supervision area's front-end),
// so every area builds, serves and proxies the same way and its vite.config.ts is one call.
/// <reference types="node" />
import vue from '@vitejs/plugin-vue';
import { remoteFederation, vueI18nFlags, type RemoteFederationOptions } from '@duda/federation/vite';
import type { UserConfig, UserConfigFnObject } from 'vite';

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
    plugins: [vue(), remoteFederation(federation)],
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
