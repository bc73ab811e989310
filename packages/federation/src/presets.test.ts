// @vitest-environment node
// The presets run in Node (vite.config.ts, vitest.config.ts), where a module's URL is a file's.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ConfigEnv, Plugin, PluginOption, UserConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { appVitestConfig, remoteViteConfig } from './presets.ts';
import { vueI18nFlags } from './vite.ts';

const exam = remoteViteConfig({
  presentation: { name: 'exam', title: { 'zh-CN': '培训考试', en: 'Training and exams' }, order: 20 },
  remoteModule: './src/remote.ts',
  port: 5175,
});

const configFor = (command: ConfigEnv['command']) =>
  exam({ command, mode: command === 'build' ? 'production' : 'development' }) as UserConfig;

const pluginNames = (plugins: PluginOption[] | undefined): string[] =>
  (plugins ?? []).flat(Infinity as 1).flatMap((plugin) => (plugin ? [(plugin as Plugin).name] : []));

describe('the Vite preset of a remote', () => {
  const environment = {
    PORT: process.env.PORT,
    DUDA_GATEWAY_URL: process.env.DUDA_GATEWAY_URL,
    VITEST: process.env.VITEST,
    NODE_ENV: process.env.NODE_ENV,
  };
  afterEach(() => {
    for (const [name, value] of Object.entries(environment)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  });

  it('serves the build under /remotes/<name>/ and the dev pages at the root', () => {
    expect(configFor('build').base).toBe('/remotes/exam/');
    expect(configFor('serve').base).toBe('/');
  });

  it('compiles Vue, federates the remote with its manifest and writes its descriptor', () => {
    // The federation plugin stands down under a test runner; the build runs without one.
    delete process.env.VITEST;
    process.env.NODE_ENV = 'production';
    const names = pluginNames(configFor('build').plugins);
    expect(names).toContain('vite:vue');
    expect(names).toContain('module-federation-manifest');
    expect(names).toContain('duda:remote-descriptor');
  });

  it('builds vue-i18n the way every portal app does', () => {
    expect(configFor('build').define).toEqual(vueI18nFlags);
  });

  it('proxies the API to the gateway on the remote’s own port, which PORT and DUDA_GATEWAY_URL override', () => {
    delete process.env.PORT;
    delete process.env.DUDA_GATEWAY_URL;
    expect(configFor('serve').server).toEqual({
      port: 5175,
      strictPort: true,
      proxy: { '/trpc': 'http://127.0.0.1:3000', '/api': 'http://127.0.0.1:3000' },
    });
    process.env.PORT = '6001';
    process.env.DUDA_GATEWAY_URL = 'http://gateway.test:8080';
    expect(configFor('serve').server).toMatchObject({
      port: 6001,
      proxy: { '/trpc': 'http://gateway.test:8080', '/api': 'http://gateway.test:8080' },
    });
  });
});

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

  it('shares workers between the files, and runs the files that replace a module isolated', () => {
    expect(config.test).not.toHaveProperty('projects');
    const dir = mkdtempSync(path.join(tmpdir(), 'duda-presets-'));
    mkdirSync(path.join(dir, 'src/pages'), { recursive: true });
    writeFileSync(path.join(dir, 'src/pages/Plain.test.ts'), "it('renders', () => {});\n");
    writeFileSync(path.join(dir, 'src/pages/Faked.test.ts'), "vi.mock('./api.ts', () => ({}));\n");
    writeFileSync(path.join(dir, 'src/Global.test.ts'), "vi.stubGlobal('fetch', () => {});\n");
    const [sharing, isolated] = appVitestConfig('app-exam', {}, dir).test!.projects as {
      test: {
        name: string;
        isolate?: boolean;
        setupFiles?: string[];
        include?: string[];
        exclude?: string[];
      };
    }[];
    expect(sharing!.test).toMatchObject({ name: 'app-exam', isolate: false });
    expect(sharing!.test.setupFiles).toEqual([expect.stringMatching(/\/shared-worker-setup\.ts$/)]);
    expect(sharing!.test.exclude).toEqual(
      expect.arrayContaining(['src/Global.test.ts', 'src/pages/Faked.test.ts']),
    );
    expect(sharing!.test.exclude).not.toContain('src/pages/Plain.test.ts');
    expect(isolated!.test).toEqual({
      name: 'app-exam (isolated)',
      include: ['src/Global.test.ts', 'src/pages/Faked.test.ts'],
    });
    rmSync(dir, { recursive: true });
  });
});
