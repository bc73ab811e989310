import type { ServiceClient } from '@duda/service-kit';
import type { TrainingPrisma } from './prisma.ts';

/** What the Training and exams service's handlers run on; tests pass their own clock. */
export interface TrainingDeps {
  prisma: TrainingPrisma;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  now: () => Date;
}
