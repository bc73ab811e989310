// The Performance service as a module: what the gateway composes and what runs it as its own process.
import { randomBytes } from 'node:crypto';
import type { Pool } from '@duda/db';
import { defineServiceModule, evidenceGrant, type ServiceClient, type ServiceEnv } from '@duda/service-kit';
import type { SeededOrg } from '@duda/service-org/seed';
import { database } from './database.ts';
import type { PerformanceDeps } from './deps.ts';
import { performanceEvents } from './events/service-events.ts';
import { hostListOf } from './domain/hr-delivery.ts';
import { secretBoxKey } from './hr-delivery/secret-box.ts';
import { createPerformancePrisma } from './prisma.ts';
import { createPerformanceRouter } from './router/index.ts';
import { seedPerformanceDemo } from './seed/index.ts';

export function createPerformanceService(options: {
  pool: Pool;
  org: ServiceClient;
  /** Where the monthly run reads its figures (absent in tests of what needs neither). */
  inspection?: ServiceClient;
  training?: ServiceClient;
  /** Where an appeal's interview is filed as a staff conversation record (表9). */
  forms?: ServiceClient;
  hrHosts?: readonly string[];
  /** The services' shared secret: HR's secret is sealed and evidence grants signed under it (tests: per process). */
  serviceSecret?: string;
  /** `queue` where an events runtime runs beside the service (the module); tests compute within the request. */
  monthRuns?: PerformanceDeps['monthRuns'];
  now?: () => Date;
}) {
  const serviceSecret = options.serviceSecret ?? randomBytes(32).toString('base64url');
  const deps: PerformanceDeps = {
    prisma: createPerformancePrisma(options.pool),
    org: options.org,
    inspection: options.inspection ?? null,
    training: options.training ?? null,
    forms: options.forms ?? null,
    hrHosts: options.hrHosts ?? [],
    evidenceGrant: (record, personId) => evidenceGrant(serviceSecret, record, personId),
    hrSecretKey: secretBoxKey(serviceSecret),
    monthRuns: options.monthRuns ?? 'request',
    now: options.now ?? (() => new Date()),
  };
  return {
    database,
    router: createPerformanceRouter(deps),
    prisma: deps.prisma,
    /** What the handlers run on, for jobs, the seed and the bench. */
    deps,
    close: () => deps.prisma.$disconnect(),
  };
}

export type PerformanceService = ReturnType<typeof createPerformanceService>;

export const performanceModule = defineServiceModule({
  name: 'performance',
  database,
  calls: ['org', 'inspection', 'training', 'forms'],
  router: createPerformanceRouter,
  create: (env: ServiceEnv) =>
    createPerformanceService({
      pool: env.pool,
      org: env.client('org'),
      inspection: env.client('inspection'),
      training: env.client('training'),
      forms: env.client('forms'),
      // Operations' list, read where the service starts (see README, HR delivery).
      hrHosts: hostListOf(process.env.DUDA_HR_HOSTS),
      serviceSecret: env.secret,
      // The run is a pg-boss job: the page follows its stages instead of waiting on the request.
      monthRuns: 'queue',
      now: env.now,
    }),
  // The nightly recomputation of open months (月度计算); HR's deliveries.
  events: (service: PerformanceService) => performanceEvents(service.deps),
  seed: {
    // After inspection's and training's: the months are computed from their demo data through their APIs; after
    // forms': a demo appeal's interview is filed there as a 表9 record.
    after: ['org', 'inspection', 'training', 'forms'],
    run: (
      service: PerformanceService,
      seeded: { org: SeededOrg; inspection: unknown; training: unknown; forms: unknown },
      now: Date,
    ) => seedPerformanceDemo(service.deps, seeded.org, now),
  },
});
