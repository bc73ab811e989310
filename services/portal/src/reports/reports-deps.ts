import type { Actor } from '@duda/authz';
import type { CallerContext, ServiceClient } from '@duda/service-kit';
import type { PortalPrisma } from '../prisma.ts';

/** The areas a hall monthly report (表2) is prefilled from, called as the manager; an absent one is unavailable. */
export type ReportAreas = Partial<Record<'inspection' | 'training' | 'forms' | 'operations', ServiceClient>>;

export interface ReportsDeps {
  prisma: PortalPrisma;
  now: () => Date;
  areas: ReportAreas;
}

export type SignedIn = CallerContext & { actor: Actor };
