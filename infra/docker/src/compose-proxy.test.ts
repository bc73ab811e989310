// The compose file's proxy (proxy.conf) run by Debian's nginx in front of two stand-ins answering as the gateway
// and the web image: it routes as the Ingress does, replaces a client's X-Forwarded-For (the gateway trusts it),
// and lets a photo upload through.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dockerDir } from './dockerfile.ts';
import { nginxPath, runNginx, type RunningNginx } from './nginx.ts';

interface StandInAnswer {
  name: string;
  url: string;
  forwardedFor?: string;
  bytes: number;
}

/** Answers who it is, what it was asked and the forwarded address it was given; reads any body to the end. */
function standIn(name: string): Promise<http.Server> {
  const server = http.createServer((request, response) => {
    let bytes = 0;
    request.on('data', (chunk: Buffer) => (bytes += chunk.length));
    request.on('end', () => {
      response.setHeader('content-type', 'application/json');
      response.end(
        JSON.stringify({ name, url: request.url, forwardedFor: request.headers['x-forwarded-for'], bytes }),
      );
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
const portOf = (server: http.Server) => (server.address() as AddressInfo).port;

describe.skipIf(!nginxPath)('the compose file’s proxy', () => {
  let gateway: http.Server;
  let web: http.Server;
  let nginx: RunningNginx;
  const ask = async (
    url: string,
    init?: RequestInit,
  ): Promise<{ status: number } & Partial<StandInAnswer>> => {
    const response = await fetch(`${nginx.base}${url}`, init);
    return { status: response.status, ...(response.ok ? ((await response.json()) as StandInAnswer) : {}) };
  };

  beforeAll(async () => {
    [gateway, web] = await Promise.all([standIn('gateway'), standIn('web')]);
    const site = (await readFile(path.join(dockerDir, 'proxy.conf'), 'utf8'))
      .replace('server gateway:3000;', `server 127.0.0.1:${portOf(gateway)};`)
      .replace('server web:8080;', `server 127.0.0.1:${portOf(web)};`);
    nginx = await runNginx(site);
  });

  afterAll(async () => {
    await nginx?.stop();
    gateway?.closeAllConnections();
    web?.closeAllConnections();
    await Promise.all([gateway, web].map((s) => s && new Promise((r) => s.close(r))));
  });

  it('sends the API and the pages to the gateway, and the front-ends’ files to the web image', async () => {
    expect(await ask('/trpc/org.me')).toMatchObject({ name: 'gateway', url: '/trpc/org.me' });
    expect(await ask('/api/remotes')).toMatchObject({ name: 'gateway', url: '/api/remotes' });
    // A page carries the signed-in person and the remote list (ADR 0023): only the gateway can write them.
    expect(await ask('/')).toMatchObject({ name: 'gateway', url: '/' });
    expect(await ask('/inspection/plans')).toMatchObject({ name: 'gateway', url: '/inspection/plans' });
    expect(await ask('/remotes/training/mf-manifest.json')).toMatchObject({ name: 'web' });
    expect(await ask('/assets/index-Ab12Cd34.js')).toMatchObject({ name: 'web' });
    expect(await ask('/remoteEntry.js')).toMatchObject({ name: 'web' });
    expect(await ask('/assets-of-a-page')).toMatchObject({ name: 'gateway' });
  });

  it('gives the gateway the client’s own address, whatever the client claims', async () => {
    const answer = await ask('/trpc/auth.login', { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(answer.forwardedFor).toBe('127.0.0.1');
  });

  it('lets an 11 MB upload through to the gateway and refuses one over 12 MB', async () => {
    const upload = (megabytes: number) =>
      ask('/trpc/inspection.photos.upload', { method: 'POST', body: Buffer.alloc(megabytes * 1024 * 1024) });
    expect(await upload(11)).toMatchObject({ name: 'gateway', bytes: 11 * 1024 * 1024 });
    expect((await upload(13)).status).toBe(413);
  });
});
