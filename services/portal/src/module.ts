// The Workbench service as a module: what the gateway composes and what runs it as its own process.
import type { Pool } from '@duda/db';
import { defineServiceModule, type ServiceClient, type ServiceEnv } from '@duda/service-kit';
import type { SeededOrg } from '@duda/service-org/seed';
import { database } from './database.ts';
import { INBOX_AREAS, inboxSources, type InboxSource } from './inbox/sources.ts';
import type { PortalDeps } from './deps.ts';
import { createPortalPrisma } from './prisma.ts';
import { createPortalRouter } from './router/index.ts';
import { seedPortalDemo } from './seed/index.ts';

export function createPortalService(options: {
  pool: Pool;
  org: ServiceClient;
  /** The areas the inbox asks for to-dos; none when left out. */
  inbox?: InboxSource[];
  now?: () => Date;
}) {
  const deps: PortalDeps = {
    prisma: createPortalPrisma(options.pool),
    org: options.org,
    now: options.now ?? (() => new Date()),
    inbox: options.inbox ?? [],
  };
  return {
    database,
    router: createPortalRouter(deps),
    prisma: deps.prisma,
    close: () => deps.prisma.$disconnect(),
  };
}

export type PortalService = ReturnType<typeof createPortalService>;

export const portalModule = defineServiceModule({
  name: 'portal',
  database,
  calls: ['org', ...INBOX_AREAS],
  router: createPortalRouter,
  create: (env: ServiceEnv) =>
    createPortalService({
      pool: env.pool,
      org: env.client('org'),
      inbox: inboxSources(env.client),
      now: env.now,
    }),
  seed: {
    after: ['org'],
    run: (service: PortalService, seeded: { org: SeededOrg }) => seedPortalDemo(service.prisma, seeded.org),
  },
});
