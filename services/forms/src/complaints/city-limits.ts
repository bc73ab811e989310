// A city's own complaint time limits (办结时限): read by everyone in the city (the intake page shows the one in
// force), set by its city supervisors; the case rules take them over the defaults at intake and at each escalation.
import { can } from '@duda/authz';
import {
  COMPLAINT_CATEGORIES,
  complaintsErrors,
  type ComplaintCategory,
  type complaintInputs,
} from '@duda/contract-forms';
import type { z } from 'zod';
import type { FormsDeps } from '../deps.ts';
import type { Ctx } from './access.ts';
import { limitHoursOf, type LimitHours } from './domain/limits.ts';
import type { Tx } from './store.ts';

type Deps = Pick<FormsDeps, 'prisma' | 'org'>;

interface NodeView {
  id: string;
  name: string;
  level: string;
  city: { id: string; name: string } | null;
}

/** The hours a city set for itself, by category; none for a unit outside any city. */
export async function cityLimitHours(db: Tx, cityId: string | null): Promise<LimitHours> {
  if (!cityId) return {};
  const rows = await db.complaintLimit.findMany({ where: { cityId } });
  return Object.fromEntries(rows.map((row) => [row.category, row.hours]));
}

async function limitsView(db: Tx, city: { id: string; name: string } | null) {
  const own = await cityLimitHours(db, city?.id ?? null);
  return {
    city,
    /** What the city set (a category it did not set is absent). */
    own,
    /** What is in force, per category. */
    hours: Object.fromEntries(COMPLAINT_CATEGORIES.map((c) => [c, limitHoursOf(c, own)])) as Record<
      ComplaintCategory,
      number
    >,
  };
}

/** The time limits in force in the caller's city (the defaults for someone above the cities). */
export async function myCityLimits(deps: Deps, ctx: Ctx) {
  const [home] = await deps.org.query<NodeView[]>(ctx, 'nodes', { ids: [ctx.actor.homeOrgNodeId] });
  return limitsView(deps.prisma, home?.city ?? null);
}

/** Sets the city's hours per category (null: back to the default); its city supervisors only. */
export async function setCityLimits(deps: Deps, ctx: Ctx, input: z.infer<typeof complaintInputs.setLimits>) {
  if (!can(ctx.actor, 'forms.complaint.limits.manage', { orgNodeId: input.cityId })) {
    throw complaintsErrors.limitsDenied({}, 'cityId');
  }
  const [city] = await deps.org.query<NodeView[]>(ctx, 'nodes', { ids: [input.cityId] });
  if (!city || city.level !== 'city') throw complaintsErrors.notACity({}, 'cityId');
  await deps.prisma.$transaction(async (tx) => {
    for (const category of COMPLAINT_CATEGORIES) {
      const hours = input.hours[category];
      const key = { cityId: city.id, category };
      if (hours === null) await tx.complaintLimit.deleteMany({ where: key });
      else {
        await tx.complaintLimit.upsert({
          where: { cityId_category: key },
          create: { ...key, hours, updatedById: ctx.actor.personId },
          update: { hours, updatedById: ctx.actor.personId },
        });
      }
    }
  });
  return limitsView(deps.prisma, { id: city.id, name: city.name });
}
