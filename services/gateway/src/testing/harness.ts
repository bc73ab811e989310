// The real gateway on a real port over a fresh test database, seeded with the demo data (the demo seed's
// smoke test) or, for tests that only need a few logins, with the small test organisation.
import type { AddressInfo } from 'node:net';
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

export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const db = options.db ?? (await createTestDatabase(modules.map((m) => m.database)));
  const logger = createLogger('gateway-test', 'silent');
  const config = loadConfig(
    { DUDA_UPLOADS_DIR: await makeTempDir('duda-uploads-'), DUDA_WEB_ROOT: '/nonexistent', ...options.env },
    { serviceSecret: 'test-service-secret', cookieSecret: 'test-cookie-secret' },
  );
  // The services connect as the database's least-privilege role, as at a real start (ADR 0012).
  const { pool } = await db.asApp();
  const services = createServices(pool, config, logger);
  if (options.seed === 'small') await seedSmallOrg(services.local.org!.prisma);
  else await seedDemoData(services, logger, new Date());
  const app = await buildGateway({ config, services, pool, logger });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    url,
    db,
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
