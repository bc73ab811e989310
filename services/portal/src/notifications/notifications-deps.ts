import type { Pool } from '@duda/db';
import type { ServiceClient } from '@duda/service-kit';
import type { Logger } from 'pino';
import type { PortalPrisma } from '../prisma.ts';
import type { OutboundMessages } from '../ports/outbound-message.ts';

/** What raising, streaming and the digest run on, beyond the procedures' deps. */
export interface NotificationsDeps {
  prisma: PortalPrisma;
  /** The org service: who holds a role at a hall or district. */
  org: ServiceClient;
  /** For the one LISTEN connection of this process's live streams. */
  pool: Pool;
  now: () => Date;
  log: Logger;
  outbound: OutboundMessages;
}
