import vue from '@vitejs/plugin-vue';
import { vueI18nFlags } from '@duda/federation/vite';
import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineProject({
    plugins: [vue()],
    define: vueI18nFlags,
    test: { name: 'app-inspection', environment: 'happy-dom' },
  }),
);
