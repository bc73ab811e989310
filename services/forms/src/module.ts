// The Forms and approvals service as a module: what the gateway composes and what runs it as its own process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Pool } from '@duda/db';
import { defineServiceModule, type ServiceClient, type ServiceEnv } from '@duda/service-kit';
import type { SeededOrg } from '@duda/service-org/seed';
import { database } from './database.ts';
import type { FormsDeps } from './deps.ts';
import { formFileRoute } from './files/file-route.ts';
import { localFolderStorage, type FileStorage } from '@duda/file-storage';
import { createFormsPrisma } from './prisma.ts';
import { createFormsRouter } from './router/index.ts';
import { seedApprovalsDemo } from './approvals/seed.ts';
import { seedComplaintsDemo } from './complaints/seed.ts';
import { seedPoliciesDemo } from './policies/seed.ts';
import { seedFormsDemo } from './seed/index.ts';
import { formsEvents } from './service-events.ts';

export function createFormsService(options: {
  pool: Pool;
  org: ServiceClient;
  now?: () => Date;
  /** Tests and a lone process without one keep files in a temporary folder. */
  files?: FileStorage;
}) {
  const deps: FormsDeps = {
    prisma: createFormsPrisma(options.pool),
    org: options.org,
    now: options.now ?? (() => new Date()),
    files: options.files ?? localFolderStorage(mkdtempSync(path.join(tmpdir(), 'duda-forms-'))),
  };
  return {
    database,
    router: createFormsRouter(deps),
    prisma: deps.prisma,
    /** What the handlers run on, for jobs and for tests that call a service function without tRPC. */
    deps,
    close: () => deps.prisma.$disconnect(),
  };
}

export type FormsService = ReturnType<typeof createFormsService>;

export const formsModule = defineServiceModule({
  name: 'forms',
  database,
  calls: ['org'],
  router: createFormsRouter,
  create: (env: ServiceEnv) =>
    createFormsService({
      pool: env.pool,
      org: env.client('org'),
      now: env.now,
      files: localFolderStorage(path.join(env.uploadsDir, 'forms')),
    }),
  // A form's files (attachments, signatures) read back by URL, for whoever may see them.
  routes: [formFileRoute],
  // Its outbox (forms.approval.completed …) and the approval deadline job (超时提醒与上报).
  events: (service: FormsService) => formsEvents(service.deps),
  seed: {
    after: ['org'],
    // The forms and their records first, then approvals on the records whose form has a flow (every state), then
    // complaint cases (open, escalated, closed), then the policy library (one in force, one in consultation).
    run: async (service: FormsService, seeded: { org: SeededOrg }, now: Date) => ({
      ...(await seedFormsDemo(service.prisma, seeded.org)),
      ...(await seedApprovalsDemo(service.prisma, seeded.org, now)),
      ...(await seedComplaintsDemo(service.prisma, seeded.org, now)),
      ...(await seedPoliciesDemo(service.prisma, seeded.org, now)),
    }),
  },
});
