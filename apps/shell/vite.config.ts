/// <reference types="node" />
import vue from '@vitejs/plugin-vue';
import { hostFederation, vueI18nFlags } from '@duda/federation/vite';
import { defineConfig } from 'vite';

const gateway = process.env.DUDA_GATEWAY_URL ?? 'http://127.0.0.1:3000';

// The portal host. It knows no remote at build time: it asks /api/remotes when it starts.
export default defineConfig({
  plugins: [vue(), hostFederation('shell')],
  define: vueI18nFlags,
  server: {
    port: Number(process.env.PORT ?? 5173),
    strictPort: true,
    // The gateway serves the API and the built remotes; in development they come through this proxy.
    proxy: { '/trpc': gateway, '/api': gateway, '/remotes': gateway },
  },
  build: { target: 'es2022' },
});
