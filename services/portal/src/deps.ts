import type { ServiceClient } from '@duda/service-kit';
import type { PortalPrisma } from './prisma.ts';

/** What the Workbench service's handlers run on; tests pass their own clock. */
export interface PortalDeps {
  prisma: PortalPrisma;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  now: () => Date;
}
