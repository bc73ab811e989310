// The real gateway on a real port over a fresh test database, seeded with the demo data (the demo seed's
// smoke test) or, for tests that only need a few logins, with the small test organisation.
import { cp } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { createLogger } from '@duda/service-kit';
import { seedSmallOrg } from '@duda/service-org/seed';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../config.ts';
import { seedDemoData } from '../demo-data.ts';
import { modules } from '../modules.ts';
import { buildGateway } from '../server.ts';
import { createServices, type GatewayServices } from '../services.ts';
import { GatewayClient } from './http-client.ts';

export interface TestGateway {
  url: string;
  db: TestDatabase;
  services: GatewayServices;
  app: FastifyInstance;
  client(): GatewayClient;
  close(): Promise<void>;
}

export interface TestGatewayOptions {
  /** `demo`: every service's demo seed step; `small`: only the small test organisation. */
  seed?: 'demo' | 'small';
  /** More gateway environment (`DUDA_API_RATE_PER_MINUTE`, `DUDA_SERVICE_URLS`…). */
  env?: Record<string, string>;
  /** An existing database (one that holds only some services' schemas); created and dropped otherwise. */
  db?: TestDatabase;
}

const logger = createLogger('gateway-test', 'silent');
const secrets = { serviceSecret: 'test-service-secret', cookieSecret: 'test-cookie-secret' };
// The demo seed's photos: written once per test run beside its template database, copied for each gateway.
const demoUploads = () => path.join(tmpdir(), `duda-demo-uploads-${inject('testRunId')}`);

/** Seeds `db` through the services, connected as its least-privilege role as at a real start (ADR 0012). */
async function seed(db: TestDatabase, kind: 'demo' | 'small', uploadsDir: string) {
  const { pool } = await db.asApp();
  const config = loadConfig({ DUDA_UPLOADS_DIR: uploadsDir, DUDA_WEB_ROOT: '/nonexistent' }, secrets);
  const services = createServices(pool, config, logger);
  try {
    if (kind === 'small') await seedSmallOrg(services.local.org!.prisma);
    else await seedDemoData(services, logger, new Date());
  } finally {
    await services.close();
  }
}

/**
 * A database holding `kind`'s data. Seeding the demo data takes a minute on a busy machine, so it is done once
 * per test run and copied (createTestDatabase's content template) — with its photos, for the demo.
 */
async function seededDatabase(kind: 'demo' | 'small', uploadsDir: string): Promise<TestDatabase> {
  const db = await createTestDatabase(
    modules.map((m) => m.database),
    { content: { key: `gateway ${kind} data`, fill: (template) => seed(template, kind, demoUploads()) } },
  );
  if (kind === 'demo') await cp(demoUploads(), uploadsDir, { recursive: true });
  return db;
}

export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const kind = options.seed ?? 'demo';
  const uploadsDir = await makeTempDir('duda-uploads-');
  let db = options.db;
  if (db) await seed(db, kind, uploadsDir);
  else db = await seededDatabase(kind, uploadsDir);
  const config = loadConfig(
    { DUDA_UPLOADS_DIR: uploadsDir, DUDA_WEB_ROOT: '/nonexistent', ...options.env },
    secrets,
  );
  const { pool } = await db.asApp();
  const services = createServices(pool, config, logger);
  const app = await buildGateway({ config, services, pool, logger });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    db: db,
    services,
    app,
    client: () => new GatewayClient(url),
    close: async () => {
      await app.close();
      await services.close();
      if (!options.db) await db.drop();
    },
  };
}
