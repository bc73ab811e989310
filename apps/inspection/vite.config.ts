/// <reference types="node" />
import vue from '@vitejs/plugin-vue';
import { remoteFederation, vueI18nFlags } from '@duda/federation/vite';
import { defineConfig } from 'vite';
import { presentation } from './src/presentation.ts';

const gateway = process.env.DUDA_GATEWAY_URL ?? 'http://127.0.0.1:3000';

// Built: a remote served by the gateway under /remotes/inspection/. `vite` (dev): the same pages alone, with
// a small bootstrap (index.html → src/standalone), calling the gateway through the dev server's proxy.
export default defineConfig(({ command }) => ({
  base: command === 'build' ? `/remotes/${presentation.name}/` : '/',
  plugins: [vue(), remoteFederation({ presentation, remoteModule: './src/remote.ts' })],
  define: vueI18nFlags,
  server: {
    port: Number(process.env.PORT ?? 5174),
    strictPort: true,
    proxy: { '/trpc': gateway, '/api': gateway },
  },
  build: { target: 'es2022' },
}));
