import { describe, expect, it } from 'vitest';
import { vueI18nFlags } from '@duda/federation/vite';
import type { Plugin } from 'vite';
import { appVitestConfig } from './app.ts';

describe('the Vitest preset of a portal app', () => {
  const config = appVitestConfig('app-exam', { server: { deps: { inline: ['element-plus'] } } });

  it('runs components in a simulated browser under the app’s project name', () => {
    expect(config.test).toMatchObject({ name: 'app-exam', environment: 'happy-dom' });
    expect((config.plugins as Plugin[]).map((plugin) => plugin.name)).toEqual(['vite:vue']);
    expect(config.define).toEqual(vueI18nFlags);
  });

  it('keeps the workspace’s reporters and timeouts, and the app’s own settings', () => {
    expect(config.test).toMatchObject({
      reporters: ['default', 'json'],
      outputFile: { json: '.reports/vitest.json' },
      testTimeout: 20_000,
      server: { deps: { inline: ['element-plus'] } },
    });
  });
});
