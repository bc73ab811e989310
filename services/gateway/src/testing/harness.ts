// The real gateway on a real port over a fresh test database seeded with the demo data.
import type { AddressInfo } from 'node:net';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { createLogger } from '@duda/service-kit';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../config.ts';
import { seedDemoData } from '../demo-data.ts';
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

export async function startTestGateway(): Promise<TestGateway> {
  const { database: orgDb } = await import('@duda/service-org');
  const { database: inspectionDb } = await import('@duda/service-inspection');
  const db = await createTestDatabase([orgDb, inspectionDb]);
  const logger = createLogger('gateway-test', 'silent');
  const config = loadConfig(
    { DUDA_UPLOADS_DIR: await makeTempDir('duda-uploads-'), DUDA_WEB_ROOT: '/nonexistent' },
    { serviceSecret: 'test-service-secret', cookieSecret: 'test-cookie-secret' },
  );
  const services = createServices(db.pool, config, logger);
  await seedDemoData(services, logger, new Date());
  const app = await buildGateway({ config, services, pool: db.pool, logger });
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
      await db.drop();
    },
  };
}
