import { mkdir, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

/** A web root holding a built shell, so pages and files are served. */
async function webRoot(): Promise<string> {
  const root = await makeTempDir('duda-web-');
  await mkdir(path.join(root, 'shell', 'dist', 'assets'), { recursive: true });
  await writeFile(path.join(root, 'shell', 'dist', 'index.html'), '<!doctype html><title>督导平台</title>');
  await writeFile(path.join(root, 'shell', 'dist', 'assets', 'main-Ab12Cd34.js'), 'export {};');
  return root;
}

/** Resolves with how long the server took to close a raw connection (rejects after `limitMs`). */
function closedWithin(socket: net.Socket, limitMs: number): Promise<number> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for ${limitMs} ms`));
    }, limitMs);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Date.now() - start);
    });
    socket.on('error', () => undefined);
    socket.resume();
  });
}

describe('API response headers, over real HTTP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      seed: 'small',
      env: { DUDA_WEB_ROOT: await webRoot() },
    });
  }, 120_000);
  afterAll(() => gw.close());

  it('marks API answers no-store, and leaves files and pages to their own caching', async () => {
    const client = gw.client();
    expect((await client.query('org.me')).headers.get('cache-control')).toBe('no-store');
    const login = await client.login('hubin.mgr');
    expect(login.headers.get('cache-control')).toBe('no-store');
    expect((await client.query('org.me')).headers.get('cache-control')).toBe('no-store');
    expect((await client.fetch('/trpc/no.such')).headers.get('cache-control')).toBe('no-store');
    expect((await client.fetch('/api/csrf-token')).headers.get('cache-control')).toBe('no-store');
    // A page can carry the signed-in person (ADR 0023): never stored either.
    expect((await client.fetch('/')).headers.get('cache-control')).toBe('no-store');
    expect((await client.fetch('/assets/main-Ab12Cd34.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('forbids framing the same way in both headers', async () => {
    for (const target of ['/', '/trpc/org.me']) {
      const response = await gw.client().fetch(target);
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    }
  });
});

// Its own gateway with short timeouts, spoken to over raw sockets only: an HTTP client reusing a keep-alive
// connection the server is closing after 200 ms would race it.
describe('socket timeouts, over real TCP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      seed: 'small',
      env: {
        DUDA_CONNECTION_TIMEOUT_MS: '300',
        DUDA_KEEP_ALIVE_TIMEOUT_MS: '200',
        DUDA_REQUEST_TIMEOUT_MS: '5000',
      },
    });
  }, 120_000);
  afterAll(() => gw.close());

  it('closes a connection that sends nothing', async () => {
    const socket = net.connect(Number(new URL(gw.url).port), '127.0.0.1');
    expect(await closedWithin(socket, 3000)).toBeLessThan(3000);
  });

  it('closes an idle keep-alive connection after its answer', async () => {
    const socket = net.connect(Number(new URL(gw.url).port), '127.0.0.1');
    const answered = new Promise<string>((resolve) => socket.once('data', (chunk) => resolve(String(chunk))));
    socket.write('GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
    const closed = closedWithin(socket, 3000);
    expect(await answered).toMatch(/^HTTP\/1\.1 200/);
    expect(await closed).toBeLessThan(3000);
  });

  it('gives a whole request the configured time to arrive', () => {
    // Node checks this deadline on a 30 s sweep, too slow to watch here; the live server carries it.
    expect(gw.app.server.requestTimeout).toBe(5000);
  });
});

const BUDGET = 3;

describe('what the general rate limit leaves alone, over real HTTP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      seed: 'small',
      env: { DUDA_WEB_ROOT: await webRoot(), DUDA_API_RATE_PER_MINUTE: String(BUDGET) },
    });
  }, 120_000);
  afterAll(() => gw.close());

  it('serves health checks, pages and files past the API budget of the address', async () => {
    const client = gw.client();
    const api: number[] = [];
    for (let i = 0; i <= BUDGET; i++) api.push((await client.fetch('/trpc/org.me')).status);
    expect(api.at(-1)).toBe(429);
    for (let i = 0; i <= BUDGET; i++) {
      for (const target of ['/healthz', '/readyz', '/', '/inspection/plans', '/assets/main-Ab12Cd34.js'])
        expect([target, (await client.fetch(target)).status]).toEqual([target, 200]);
    }
  });
});
