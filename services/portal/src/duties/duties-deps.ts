import type { Actor } from '@duda/authz';
import type { CallerContext, ServiceClient } from '@duda/service-kit';
import type { PortalPrisma } from '../prisma.ts';

/** What the duties (必做) run on: the portal's tables, the org service (as the caller) and the clock. */
export interface DutiesDeps {
  prisma: PortalPrisma;
  org: ServiceClient;
  now: () => Date;
}

/** A caller the procedure has already found signed in. */
export type SignedIn = CallerContext & { actor: Actor };
