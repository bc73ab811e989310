// One lint configuration for the whole monorepo: TypeScript everywhere, Vue SFCs in apps and packages/ui.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { boundaries } from './packages/tooling/eslint/boundaries.js';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/generated/**',
      '**/.turbo/**',
      '**/.data/**',
      '**/.reports/**',
      '**/test-results/**',
      '.tools/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: [
      'infra/scripts/**',
      '**/scripts/**',
      '**/bench/**',
      '**/*.config.*',
      '**/cli.ts',
      '**/new-area.mjs',
    ],
    rules: { 'no-console': 'off' },
  },
  // Apps and packages never import a service; apps take Element Plus from the design system (ADR 0010).
  ...boundaries(),
  prettier,
);
