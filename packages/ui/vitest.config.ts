import { defineProject, mergeConfig } from 'vitest/config';
import vue from '@vitejs/plugin-vue';
import shared from '../../vitest.shared.ts';

export default mergeConfig(
  shared,
  defineProject({ plugins: [vue()], test: { name: 'ui', environment: 'happy-dom' } }),
);
