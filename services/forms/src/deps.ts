import type { ServiceClient } from '@duda/service-kit';
import type { FileStorage } from '@duda/file-storage';
import type { FormsPrisma } from './prisma.ts';

/** What the Forms and approvals service's handlers run on; tests pass their own clock. */
export interface FormsDeps {
  prisma: FormsPrisma;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  now: () => Date;
  /** Where a form's attachments and signature images are kept. */
  files: FileStorage;
}
