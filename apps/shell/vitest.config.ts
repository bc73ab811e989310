import vue from '@vitejs/plugin-vue';
import { vueI18nFlags } from '@duda/federation/vite';
import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineProject({
    plugins: [vue()],
    define: vueI18nFlags,
    test: {
      name: 'shell',
      environment: 'happy-dom',
      // Run by Node as an external dependency, Element Plus gets async-validator's CommonJS build and every
      // form rule silently passes; through Vite (as in the browser bundle) validation works.
      server: { deps: { inline: ['element-plus'] } },
    },
  }),
);
