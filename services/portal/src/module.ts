// The Workbench service as a module: what the gateway composes and what runs it as its own process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Pool } from '@duda/db';
import { localFolderStorage, type FileStorage } from '@duda/file-storage';
import { createLogger, defineServiceModule, type ServiceClient, type ServiceEnv } from '@duda/service-kit';
import type { SeededOrg } from '@duda/service-org/seed';
import type { Logger } from 'pino';
import { database } from './database.ts';
import { dutyPhotoRoute } from './duties/photo-route.ts';
import { createDuties } from './duties/runtime.ts';
import { INBOX_AREAS, inboxSources, type InboxSource } from './inbox/sources.ts';
import type { PortalDeps } from './deps.ts';
import { notificationStreamRoute } from './notifications/live/stream-route.ts';
import { createNotifications } from './notifications/runtime.ts';
import { loggedOutboundMessages, type OutboundMessages } from './ports/outbound-message.ts';
import { createPortalPrisma } from './prisma.ts';
import { reportsInboxSource } from './reports/pending.ts';
import type { ReportAreas } from './reports/reports-deps.ts';
import { createPortalRouter } from './router/index.ts';
import type { DemoFormRecord } from './duties/demo.ts';
import { seedPortalDemo } from './seed/index.ts';

export function createPortalService(options: {
  pool: Pool;
  org: ServiceClient;
  /** The areas the inbox asks for to-dos; none when left out. */
  inbox?: InboxSource[];
  now?: () => Date;
  logger?: Logger;
  /** SMS and e-mail; written to the log unless given. */
  outbound?: OutboundMessages;
  /** Whether the inbox lists the caller's duties due today beside the areas' to-dos (the gateway's yes). */
  dutiesInInbox?: boolean;
  /** The areas the hall monthly report (表2) is prefilled from; none when left out. */
  areas?: ReportAreas;
  /** Whether the inbox lists the hall monthly reports due (the gateway's yes). */
  reportsInInbox?: boolean;
  /** Where duty photos are kept; tests and a lone process without one use a temporary folder. */
  files?: FileStorage;
}) {
  const prisma = createPortalPrisma(options.pool);
  const now = options.now ?? (() => new Date());
  const duties = createDuties({ prisma, org: options.org, now });
  const areas = options.areas ?? {};
  const deps: PortalDeps = {
    prisma,
    org: options.org,
    now,
    areas,
    files: options.files ?? localFolderStorage(mkdtempSync(path.join(tmpdir(), 'duda-portal-'))),
    inbox: [
      ...(options.inbox ?? []),
      ...(options.dutiesInInbox ? [duties.inboxSource] : []),
      ...(options.reportsInInbox ? [reportsInboxSource({ prisma, now, areas })] : []),
    ],
  };
  const log = options.logger ?? createLogger('portal', 'silent');
  const notifications = createNotifications({
    ...deps,
    pool: options.pool,
    log,
    outbound: options.outbound ?? loggedOutboundMessages(log),
  });
  return {
    database,
    router: createPortalRouter(deps),
    prisma: deps.prisma,
    notifications,
    duties,
    dutyPhotos: deps,
    close: async () => {
      await notifications.close();
      await deps.prisma.$disconnect();
    },
  };
}

export type PortalService = ReturnType<typeof createPortalService>;

export const portalModule = defineServiceModule({
  name: 'portal',
  database,
  calls: [...new Set(['org', ...INBOX_AREAS])],
  router: createPortalRouter,
  create: (env: ServiceEnv) =>
    createPortalService({
      pool: env.pool,
      org: env.client('org'),
      inbox: inboxSources(env.client),
      now: env.now,
      logger: env.logger,
      dutiesInInbox: true,
      areas: {
        inspection: env.client('inspection'),
        training: env.client('training'),
        forms: env.client('forms'),
        operations: env.client('operations'),
      },
      reportsInInbox: true,
      files: localFolderStorage(path.join(env.uploadsDir, 'portal')),
    }),
  // Notifications raised from other areas' events, and the morning digest; duties counted from events, their
  // tasks made each night and closed as missed each morning.
  events: (service: PortalService) => ({
    service: 'portal',
    // The outbox carries the month's duty rates to performance (duties/rates-event.ts).
    outboxSchema: database.schema,
    subscriptions: [...service.notifications.subscriptions, ...service.duties.subscriptions],
    jobs: [...service.notifications.jobs, ...service.duties.jobs],
  }),
  routes: [notificationStreamRoute, dutyPhotoRoute],
  // After forms: its demo records (a hall's meeting record) complete the demo's duties they evidence.
  seed: {
    after: ['org', 'forms'],
    run: (
      service: PortalService,
      seeded: { org: SeededOrg; forms: { submissions: DemoFormRecord[] } },
      now: Date,
    ) => seedPortalDemo(service.prisma, seeded.org, now, seeded.forms.submissions),
  },
});
