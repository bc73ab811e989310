import type { ServiceClient } from '@duda/service-kit';
import type { FileStorage } from './ports/file-storage.ts';
import type { TrainingPrisma } from './prisma.ts';

/** What the Training and exams service's handlers run on; tests pass their own clock. */
export interface TrainingDeps {
  prisma: TrainingPrisma;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  now: () => Date;
  /** Where the knowledge base's images and attachments are stored. */
  files: FileStorage;
}
