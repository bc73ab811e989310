// The plain HTTP routes beside tRPC (photos, the CSRF token, the remotes list, readiness) with the database out
// of reach: what needs it answers like a procedure (503, Retry-After, common.databaseUnavailable), what does
// not keeps answering. The pool points at a local port nothing listens on, so every connection is refused.
import { createServer, type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { createPool } from '@duda/db';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { PHOTO_PATH } from '@duda/service-inspection';
import { createLogger } from '@duda/service-kit';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { buildGateway } from './server.ts';
import { createServices } from './services.ts';

describe('plain HTTP routes while the database is down', () => {
  let app: FastifyInstance;
  let url: string;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const pool = createPool(`postgres://duda@127.0.0.1:${await closedPort()}/duda`);
    const logger = createLogger('gateway-test', 'silent');
    const config = loadConfig(
      { DUDA_UPLOADS_DIR: await makeTempDir('duda-uploads-'), DUDA_WEB_ROOT: '/nonexistent' },
      { serviceSecret: 'test-service-secret', cookieSecret: 'test-cookie-secret' },
    );
    const services = createServices(pool, config, logger);
    app = await buildGateway({ config, services, pool, logger });
    await app.listen({ host: '127.0.0.1', port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = async () => {
      await app.close();
      await services.close();
    };
  });
  afterAll(() => close?.());

  const signedIn = { headers: { cookie: 'duda_session=some-session-token' } };

  it('answers a photo with 503, Retry-After and the common code, not 500', async () => {
    const response = await fetch(`${url}${PHOTO_PATH}/${randomUUID()}?expires=1&sig=x`, signedIn);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toMatchObject({
      statusCode: 503,
      code: 'common.databaseUnavailable',
      message: '数据库暂时不可用，请稍后再试',
    });
  });

  it('reports not ready, with Retry-After', async () => {
    const response = await fetch(`${url}/readyz`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({ status: 'database-unreachable' });
  });

  it('keeps answering what needs no database: the CSRF token, the remotes list, liveness', async () => {
    for (const path of ['/api/csrf-token', '/api/remotes', '/healthz']) {
      const response = await fetch(`${url}${path}`, signedIn);
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
    }
  });
});

/** A local port nothing listens on: connecting to it is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
