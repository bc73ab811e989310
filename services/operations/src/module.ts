// The Hall operations service as a module: what the gateway composes and what runs it as its own process.
import type { Pool } from '@duda/db';
import { defineServiceModule, type ServiceClient, type ServiceEnv } from '@duda/service-kit';
import type { SeededOrg } from '@duda/service-org/seed';
import { database } from './database.ts';
import type { OperationsDeps } from './deps.ts';
import { createOperationsPrisma } from './prisma.ts';
import { createOperationsRouter } from './router/index.ts';
import { seedOperationsDemo } from './seed/index.ts';

export function createOperationsService(options: { pool: Pool; org: ServiceClient; now?: () => Date }) {
  const deps: OperationsDeps = {
    prisma: createOperationsPrisma(options.pool),
    org: options.org,
    now: options.now ?? (() => new Date()),
  };
  return {
    database,
    router: createOperationsRouter(deps),
    prisma: deps.prisma,
    close: () => deps.prisma.$disconnect(),
  };
}

export type OperationsService = ReturnType<typeof createOperationsService>;

export const operationsModule = defineServiceModule({
  name: 'operations',
  database,
  calls: ['org'],
  router: createOperationsRouter,
  create: (env: ServiceEnv) =>
    createOperationsService({ pool: env.pool, org: env.client('org'), now: env.now }),
  seed: {
    after: ['org'],
    run: (service: OperationsService, seeded: { org: SeededOrg }) =>
      seedOperationsDemo(service.prisma, seeded.org),
  },
});
