/// <reference types="node" />
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { readRemotePresentation } from './presentation.ts';
import type { RemotePresentation } from './presentation.ts';
import {
  hostFederationOptions,
  remoteDescriptor,
  remoteFederationOptions,
  REMOTE_MODULE,
  SHARED_SINGLETONS,
} from './vite.ts';

const exam: RemotePresentation = {
  name: 'exam',
  title: { 'zh-CN': '培训考试', en: 'Training and exams' },
  icon: 'Reading',
  order: 20,
  permission: 'notice.read',
};

describe('Module Federation settings', () => {
  const host = hostFederationOptions('shell');
  const remote = remoteFederationOptions({ presentation: exam, remoteModule: './src/remote.ts' });

  it('shares the same libraries as singletons on both sides, so a remote reuses the shell copies', () => {
    expect(host.shared).toEqual(remote.shared);
    // The shell's copies, registered and loaded first, are never replaced by a remote's of the same version.
    expect([host.shareStrategy, remote.shareStrategy]).toEqual(['loaded-first', 'loaded-first']);
    for (const name of SHARED_SINGLETONS) expect(remote.shared).toHaveProperty([name], { singleton: true });
    expect(SHARED_SINGLETONS).toEqual(
      expect.arrayContaining(['vue', 'vue-router', '@duda/federation', '@duda/api-client']),
    );
  });

  it('builds a remote for the shell without copies of the shared libraries, and keeps them for its own dev server', () => {
    const built = remoteFederationOptions({
      presentation: exam,
      remoteModule: './src/remote.ts',
      insideShell: true,
    });
    for (const name of SHARED_SINGLETONS) {
      expect(built.shared).toHaveProperty([name], { singleton: true, import: false });
    }
    expect(Object.keys(built.shared as object)).toEqual(Object.keys(host.shared as object));
  });

  it('has a remote expose ./remote and emit the manifest the gateway lists', () => {
    expect(remote).toMatchObject({
      name: 'exam',
      filename: 'remoteEntry.js',
      exposes: { [REMOTE_MODULE]: './src/remote.ts' },
      manifest: true,
      dts: false,
    });
  });

  it('gives the host no remotes at build time: it asks the gateway at run time', () => {
    expect(host).toMatchObject({ name: 'shell', remotes: {}, dts: false });
  });
});

describe('remoteDescriptor', () => {
  it('writes the presentation to remote.json in the build output, readable without defaults', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'duda-descriptor-'));
    try {
      writeFileSync(path.join(root, 'entry.js'), 'export const answer = 42;\n');
      await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [remoteDescriptor(exam)],
        build: { outDir: 'dist', rollupOptions: { input: path.join(root, 'entry.js') } },
      });
      const written: unknown = JSON.parse(readFileSync(path.join(root, 'dist', 'remote.json'), 'utf8'));
      expect(written).toEqual(exam);
      expect(readRemotePresentation('exam', written)).toEqual({ presentation: exam, problems: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
