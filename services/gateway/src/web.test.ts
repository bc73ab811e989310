import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerWeb } from './web.ts';

function write(root: string, file: string, content: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

describe('serving the built front-ends', () => {
  let webRoot: string;
  let app: FastifyInstance;

  beforeAll(async () => {
    webRoot = mkdtempSync(path.join(os.tmpdir(), 'duda-web-'));
    write(webRoot, 'shell/dist/index.html', '<div id="app"></div>');
    write(webRoot, 'shell/dist/assets/index-Ab12Cd34.js', 'console.log(1)');
    write(webRoot, 'inspection/dist/mf-manifest.json', '{}');
    write(webRoot, 'inspection/dist/assets/remote-Zx98Yw76.js', 'export {}');
    app = Fastify();
    await registerWeb(app, webRoot, { training: 'https://training.example.com/mf-manifest.json' });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('lists the remotes built next to the shell and the configured ones, never cached', async () => {
    const response = await app.inject('/api/remotes');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.json()).toEqual({
      remotes: [
        { name: 'inspection', entry: '/remotes/inspection/mf-manifest.json' },
        { name: 'training', entry: 'https://training.example.com/mf-manifest.json' },
      ],
    });
  });

  it('caches hashed assets for a year and entry files not at all', async () => {
    const asset = await app.inject('/assets/index-Ab12Cd34.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const manifest = await app.inject('/remotes/inspection/mf-manifest.json');
    expect(manifest.statusCode).toBe(200);
    expect(manifest.headers['cache-control']).toBe('no-cache');
    const index = await app.inject('/');
    expect(index.headers['cache-control']).toBe('no-cache');
  });

  it('answers a client-side route with the shell, and a missing file or API path with 404', async () => {
    const page = await app.inject('/inspection/plans/42?tab=entries');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('id="app"');
    expect((await app.inject('/assets/missing-Qq11Ww22.js')).statusCode).toBe(404);
    expect((await app.inject('/trpc/unknown')).statusCode).toBe(404);
    expect((await app.inject('/remotes/inspection/assets/gone-Ee33Rr44.js')).statusCode).toBe(404);
  });

  it('serves files of a redeployed shell or remote without a restart', async () => {
    write(webRoot, 'shell/dist/assets/index-New00001.js', 'console.log(2)');
    write(webRoot, 'inspection/dist/assets/remote-New00002.js', 'export {}');
    expect((await app.inject('/assets/index-New00001.js')).statusCode).toBe(200);
    expect((await app.inject('/remotes/inspection/assets/remote-New00002.js')).statusCode).toBe(200);
  });
});
