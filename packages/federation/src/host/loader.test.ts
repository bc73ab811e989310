/// <reference types="node" />
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createInstance } from '@module-federation/enhanced/runtime';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RemoteContractError } from '../contract.ts';
import { hostRuntime, loadRemoteDefinition, RemoteTimeoutError } from './loader.ts';
import type { FederationRuntime } from './loader.ts';

/**
 * The Module Federation runtime's part (fetching a manifest and a remoteEntry) replaced by dynamic imports
 * of real remote modules on disk, so the loader's own checks run on what a remote really exports.
 */
function runtimeImporting(modules: Record<string, () => Promise<unknown>>) {
  const registered: { name: string; entry: string; force: boolean }[] = [];
  const runtime: FederationRuntime = {
    registerRemotes: (remotes, options) => {
      for (const remote of remotes) registered.push({ ...remote, force: options?.force ?? false });
    },
    loadRemote: <T>(id: string) => {
      const load = modules[id];
      return load ? (load() as Promise<T>) : Promise.reject(new Error(`no module ${id}`));
    },
  };
  return { runtime, registered };
}

describe('loadRemoteDefinition with remote modules', () => {
  it('returns the definition a remote exports as ./remote', async () => {
    const { runtime, registered } = runtimeImporting({
      'exam/remote': () => import('./test-remotes/exam.ts'),
    });
    const definition = await loadRemoteDefinition(runtime, {
      name: 'exam',
      entry: '/remotes/exam/mf-manifest.json',
    });

    expect(definition.name).toBe('exam');
    expect(definition.routes.map((route) => route.name)).toEqual([undefined, 'exam.papers']);
    expect(registered).toEqual([{ name: 'exam', entry: '/remotes/exam/mf-manifest.json', force: false }]);
  });

  it('forces the runtime to forget a failed remote when retrying', async () => {
    const { runtime, registered } = runtimeImporting({
      'exam/remote': () => import('./test-remotes/exam.ts'),
    });
    await loadRemoteDefinition(
      runtime,
      { name: 'exam', entry: '/remotes/exam/mf-manifest.json' },
      { retry: true },
    );
    expect(registered[0]!.force).toBe(true);
  });

  it('refuses a remote built against an older contract', async () => {
    const { runtime } = runtimeImporting({
      'exam/remote': () => import('./test-remotes/exam-old-contract.ts'),
    });
    const failure = loadRemoteDefinition(runtime, { name: 'exam', entry: '/remotes/exam/mf-manifest.json' });
    await expect(failure).rejects.toThrow(RemoteContractError);
    await expect(failure).rejects.toThrow('exam: built for contract version 0');
  });

  it('refuses a module without a default export, and one listed under another name', async () => {
    const { runtime } = runtimeImporting({
      'exam/remote': () => import('./test-remotes/no-default.ts'),
      'performance/remote': () => import('./test-remotes/exam.ts'),
    });
    await expect(loadRemoteDefinition(runtime, { name: 'exam', entry: '/e.json' })).rejects.toThrow(
      'exam: ./remote has no default export',
    );
    await expect(loadRemoteDefinition(runtime, { name: 'performance', entry: '/p.json' })).rejects.toThrow(
      'performance: the module calls itself "exam"',
    );
  });
});

describe('loadRemoteDefinition with the Module Federation runtime', () => {
  // Where remotes are deployed: /gone/ answers 404 (removed), /hanging/ never answers (overloaded).
  let server: Server;
  let origin: string;

  beforeEach(async () => {
    server = createServer((request, response) => {
      if (request.url?.startsWith('/hanging/')) return;
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('Not Found');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    (globalThis as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${origin}/`);
  });

  afterEach(() => {
    server.closeAllConnections();
    return new Promise((resolve) => server.close(resolve));
  });

  it('rejects when the manifest is gone', async () => {
    const runtime = hostRuntime('host-under-test');
    const failure = loadRemoteDefinition(runtime, { name: 'gone', entry: `${origin}/gone/mf-manifest.json` });
    await expect(failure).rejects.toThrow(/manifest/i);
    await expect(failure).rejects.not.toBeInstanceOf(RemoteContractError);
  });

  it('gives up on a remote that does not answer in time', async () => {
    const runtime = hostRuntime('host-under-test');
    const failure = loadRemoteDefinition(
      runtime,
      { name: 'slow', entry: `${origin}/hanging/mf-manifest.json` },
      { timeoutMs: 200 },
    );
    await expect(failure).rejects.toBeInstanceOf(RemoteTimeoutError);
    await expect(failure).rejects.toThrow('slow did not load within 200 ms');
  });
});

describe('hostRuntime', () => {
  it('finds the instance the host build plugin created, by the host name', () => {
    const created = createInstance({ name: 'portal-shell', remotes: [] });
    expect(hostRuntime('portal-shell')).toBe(created);
  });

  it('creates one when the page has none yet (tests, a host built without the plugin)', () => {
    const runtime = hostRuntime('fresh-host') as ReturnType<typeof createInstance>;
    expect(runtime.options.name).toBe('fresh-host');
    expect(hostRuntime('fresh-host')).toBe(runtime);
  });
});
