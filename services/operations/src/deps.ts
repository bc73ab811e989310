import type { ServiceClient } from '@duda/service-kit';
import type { FileStorage } from '@duda/file-storage';
import type { OperationsPrisma } from './prisma.ts';

/** What the Hall operations service's handlers run on; tests pass their own clock. */
export interface OperationsDeps {
  prisma: OperationsPrisma;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  /**
   * The forms service's public API: a replacement or scrap is decided in its approval engine (forms.approvals.start).
   * Absent where forms does not run beside operations (most of this service's tests): then none can be asked for.
   */
  forms: ServiceClient | null;
  now: () => Date;
  /** Where faults' photos are kept. */
  files: FileStorage;
}
