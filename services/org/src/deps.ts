import type { OrgPrisma } from './prisma.ts';

/** What the org service's handlers run on; tests pass their own clock. */
export interface OrgDeps {
  prisma: OrgPrisma;
  now: () => Date;
}
