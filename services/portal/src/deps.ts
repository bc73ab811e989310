import type { FileStorage } from '@duda/file-storage';
import type { ServiceClient } from '@duda/service-kit';
import type { InboxSource } from './inbox/sources.ts';
import type { PortalPrisma } from './prisma.ts';
import type { ReportAreas } from './reports/reports-deps.ts';

/** What the Workbench service's handlers run on; tests pass their own clock. */
export interface PortalDeps {
  prisma: PortalPrisma;
  /** The org service's public API, called on behalf of the same caller. */
  org: ServiceClient;
  now: () => Date;
  /** The areas whose to-dos the inbox gathers (inbox/sources.ts). */
  inbox: InboxSource[];
  /** The areas the hall monthly report (表2) is prefilled from. */
  areas: ReportAreas;
  /** Where duty photos are kept (拍照留证). */
  files: FileStorage;
}
