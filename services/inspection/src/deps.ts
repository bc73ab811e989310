import type { RectificationPolicy } from './domain/index.ts';
import type { FileStorage } from '@duda/file-storage';
import type { OrgDirectory } from './ports/org-directory.ts';
import type { InspectionPrisma } from './prisma.ts';

/** What the inspection service's handlers run on; tests pass their own clock and storage. */
export interface InspectionDeps {
  prisma: InspectionPrisma;
  org: OrgDirectory;
  photos: FileStorage;
  policy: RectificationPolicy;
  /** A short-lived signed URL under which the gateway serves a stored photo. */
  photoUrl: (photoId: string) => string;
  /** Whether another area granted this person this record as the evidence behind their own figure. */
  citedTo: (record: string, personId: string, grant: string | null | undefined) => boolean;
  now: () => Date;
}
