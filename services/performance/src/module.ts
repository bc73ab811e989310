// The Performance service as a module: what the gateway composes and what runs it as its own process.
import type { Pool } from '@duda/db';
import { defineServiceModule, type ServiceClient, type ServiceEnv } from '@duda/service-kit';
import type { SeededOrg } from '@duda/service-org/seed';
import { database } from './database.ts';
import type { PerformanceDeps } from './deps.ts';
import { createPerformancePrisma } from './prisma.ts';
import { createPerformanceRouter } from './router/index.ts';
import { seedPerformanceDemo } from './seed/index.ts';

export function createPerformanceService(options: { pool: Pool; org: ServiceClient; now?: () => Date }) {
  const deps: PerformanceDeps = {
    prisma: createPerformancePrisma(options.pool),
    org: options.org,
    now: options.now ?? (() => new Date()),
  };
  return {
    database,
    router: createPerformanceRouter(deps),
    prisma: deps.prisma,
    close: () => deps.prisma.$disconnect(),
  };
}

export type PerformanceService = ReturnType<typeof createPerformanceService>;

export const performanceModule = defineServiceModule({
  name: 'performance',
  database,
  calls: ['org'],
  router: createPerformanceRouter,
  create: (env: ServiceEnv) =>
    createPerformanceService({ pool: env.pool, org: env.client('org'), now: env.now }),
  seed: {
    after: ['org'],
    run: (service: PerformanceService, seeded: { org: SeededOrg }) =>
      seedPerformanceDemo(service.prisma, seeded.org),
  },
});
