// The Training and exams service as a module: what the gateway composes and what runs it as its own process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Pool } from '@duda/db';
import { defineServiceModule, type ServiceClient, type ServiceEnv } from '@duda/service-kit';
import type { SeededOrg } from '@duda/service-org/seed';
import { database } from './database.ts';
import { trainingEvents } from './events/service-events.ts';
import type { TrainingDeps } from './deps.ts';
import { articleFileRoute } from './knowledge/file-route.ts';
import { localFolderStorage, type FileStorage } from '@duda/file-storage';
import { createTrainingPrisma } from './prisma.ts';
import { createTrainingRouter } from './router/index.ts';
import { seedTrainingDemo } from './seed/index.ts';

export function createTrainingService(options: {
  pool: Pool;
  org: ServiceClient;
  inspection?: ServiceClient;
  now?: () => Date;
  /** Uploads (知识库 images and attachments); a fresh temporary folder when none is given, as in tests. */
  files?: FileStorage;
}) {
  const deps: TrainingDeps = {
    prisma: createTrainingPrisma(options.pool),
    org: options.org,
    inspection: options.inspection ?? null,
    now: options.now ?? (() => new Date()),
    files: options.files ?? localFolderStorage(mkdtempSync(path.join(tmpdir(), 'duda-training-'))),
  };
  return {
    database,
    router: createTrainingRouter(deps),
    prisma: deps.prisma,
    /** What the handlers run on, for jobs and for tests that call a service function without tRPC. */
    deps,
    close: () => deps.prisma.$disconnect(),
  };
}

export type TrainingService = ReturnType<typeof createTrainingService>;

export const trainingModule = defineServiceModule({
  name: 'training',
  database,
  calls: ['org', 'inspection'],
  router: createTrainingRouter,
  create: (env: ServiceEnv) =>
    createTrainingService({
      pool: env.pool,
      org: env.client('org'),
      inspection: env.client('inspection'),
      now: env.now,
      files: localFolderStorage(path.join(env.uploadsDir, 'training')),
    }),
  // Its outbox (training.exam.published …) and the overdue job (超时收卷).
  events: (service: TrainingService) => trainingEvents(service.deps),
  routes: [articleFileRoute],
  seed: {
    // After inspection's: the plans' drafts read its short staves through its API (nothing it hands over).
    after: ['org', 'inspection'],
    run: (service: TrainingService, seeded: { org: SeededOrg; inspection: unknown }, now: Date) =>
      seedTrainingDemo(service.deps, seeded.org, now),
  },
});
