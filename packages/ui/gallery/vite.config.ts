/// <reference types="node" />
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The gallery is the design system's own app: every component in each of its states, zh-CN and English.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [vue()],
  // vue-i18n's esm-bundler build expects these; the portal apps set the same values.
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: {
    outDir: '../dist/gallery',
    emptyOutDir: true,
  },
});
