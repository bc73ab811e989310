import type { ServiceClient } from '@duda/service-kit';
import type { FileStorage } from '@duda/file-storage';
import type { TrainingPrisma } from './prisma.ts';

/** What the Training and exams service's handlers run on; tests pass their own clock. */
export interface TrainingDeps {
  prisma: TrainingPrisma;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  /**
   * The inspection service's public API (the training plans read short staves from it); absent where no inspection
   * service runs beside training (the other sub-areas' tests), and then plans are drafted from exams alone.
   */
  inspection: ServiceClient | null;
  now: () => Date;
  /** Where the knowledge base's images and attachments are stored. */
  files: FileStorage;
}
