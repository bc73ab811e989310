// The Hall operations service as a module: what the gateway composes and what runs it as its own process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Pool } from '@duda/db';
import { defineServiceModule, type ServiceClient, type ServiceEnv } from '@duda/service-kit';
import type { SeededOrg } from '@duda/service-org/seed';
import { database } from './database.ts';
import type { OperationsDeps } from './deps.ts';
import { localFolderStorage, type FileStorage } from '@duda/file-storage';
import { faultPhotoRoute } from './files/photo-route.ts';
import { queueWarningSubscriptions } from './incidents/queue-warnings.ts';
import { seedContingencyDemo } from './plans/contingency-seed.ts';
import { createOperationsPrisma } from './prisma.ts';
import { retirementApprovalSubscriptions } from './retirements/retirement-approval.ts';
import { createOperationsRouter } from './router/index.ts';
import { seedOperationsDemo } from './seed/index.ts';

export function createOperationsService(options: {
  pool: Pool;
  org: ServiceClient;
  forms?: ServiceClient;
  now?: () => Date;
  /** Tests and a lone process without one keep photos in a temporary folder. */
  files?: FileStorage;
}) {
  const deps: OperationsDeps = {
    prisma: createOperationsPrisma(options.pool),
    org: options.org,
    forms: options.forms ?? null,
    now: options.now ?? (() => new Date()),
    files: options.files ?? localFolderStorage(mkdtempSync(path.join(tmpdir(), 'duda-operations-'))),
  };
  return {
    database,
    router: createOperationsRouter(deps),
    prisma: deps.prisma,
    /** What the handlers run on, for the photo route and for tests. */
    deps,
    close: () => deps.prisma.$disconnect(),
  };
}

export type OperationsService = ReturnType<typeof createOperationsService>;

export const operationsModule = defineServiceModule({
  name: 'operations',
  database,
  // forms: a replacement or scrap is decided in its approval engine.
  calls: ['org', 'forms'],
  router: createOperationsRouter,
  create: (env: ServiceEnv) =>
    createOperationsService({
      pool: env.pool,
      org: env.client('org'),
      forms: env.client('forms'),
      now: env.now,
      files: localFolderStorage(path.join(env.uploadsDir, 'operations')),
    }),
  // Inspection's second-level queue warnings, kept to offer the hall's crowding plan; the end of the forms
  // approvals of replacement and scrap requests.
  events: (service: OperationsService) => ({
    service: 'operations',
    subscriptions: [
      ...queueWarningSubscriptions(service.deps),
      ...retirementApprovalSubscriptions(service.deps),
    ],
  }),
  // A fault's photo read back by URL, for whoever may read its hall.
  routes: [faultPhotoRoute],
  seed: {
    after: ['org'],
    run: async (service: OperationsService, seeded: { org: SeededOrg }, now: Date) => ({
      ...(await seedOperationsDemo(service.prisma, seeded.org, now)),
      contingency: await seedContingencyDemo(service.prisma, seeded.org, now),
    }),
  },
});
