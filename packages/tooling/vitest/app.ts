// `@duda/tooling/vitest/app`: the test settings of a portal app (the shell, every remote): Vue components in
// a simulated browser, vue-i18n built as in the bundle, and the workspace's shared reporters and timeouts.
import vue from '@vitejs/plugin-vue';
import { vueI18nFlags } from '@duda/federation/vite';
import { defineProject, mergeConfig, type ViteUserConfig } from 'vitest/config';
import shared from '../../../vitest.shared.ts';

type TestOptions = NonNullable<ViteUserConfig['test']>;

/** `name` labels the project in the workspace run; `test` adds or overrides settings for this app. */
export function appVitestConfig(name: string, test: TestOptions = {}): ViteUserConfig {
  return mergeConfig(
    shared,
    defineProject({
      plugins: [vue()],
      define: vueI18nFlags,
      test: { name, environment: 'happy-dom', ...test },
    }),
  );
}
