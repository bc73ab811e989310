import type { ServiceClient } from '@duda/service-kit';
import type { PerformancePrisma } from './prisma.ts';

/** What the Performance service's handlers run on; tests pass their own clock. */
export interface PerformanceDeps {
  prisma: PerformancePrisma;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  now: () => Date;
}
