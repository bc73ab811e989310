// 考核方案: a role's KPIs and weights in a city from a month on. A scheme applies to a month until a later one of the
// same role starts; a change once the month is under way applies from the next month (the people of this month
// acknowledged the scheme they are measured on).
import { currentMonth, nextMonth } from '@duda/month';
import { libraryErrors, type SchemeRole, type schemeInputs } from '@duda/contract-performance';
import { assertCan } from '@duda/service-kit';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { checkWeights } from '../domain/validation.ts';
import type { PerformancePrisma } from '../prisma.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import { assertMonthOpen } from './months.ts';

const withLines = {
  lines: { orderBy: { position: 'asc' }, include: { kpi: true } },
} as const;

/** The scheme in force for a role in a month: the latest that starts in or before it. */
export const schemeInForce = (prisma: PerformancePrisma, cityId: string, role: SchemeRole, month: string) =>
  prisma.scheme.findFirst({
    where: { cityId, role, fromMonth: { lte: month } },
    orderBy: { fromMonth: 'desc' },
    include: withLines,
  });

export type SchemeWithLines = NonNullable<Awaited<ReturnType<typeof schemeInForce>>>;

export async function listSchemes(deps: PerformanceDeps, ctx: Ctx, input: z.infer<typeof schemeInputs.list>) {
  const city = await cityOf(deps.org, ctx);
  return deps.prisma.scheme.findMany({
    where: { cityId: city.id, ...(input.role ? { role: input.role } : {}) },
    orderBy: [{ role: 'asc' }, { fromMonth: 'desc' }],
    include: withLines,
  });
}

export async function schemeOfMonth(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof schemeInputs.inForce>,
) {
  const city = await cityOf(deps.org, ctx);
  return schemeInForce(deps.prisma, city.id, input.role, input.month);
}

/**
 * Saves the role's scheme from `fromMonth` on (replacing one saved for the same month before it began). The month
 * under way is refused when a scheme already applies to it, and so is a past month.
 */
export async function createScheme(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof schemeInputs.create>,
) {
  const city = await cityOf(deps.org, ctx);
  assertCan(ctx.actor, 'performance.scheme.manage', { orgNodeId: city.id }, libraryErrors.manageDenied);
  checkWeights(input.lines);
  const now = currentMonth(deps.now());
  if (input.fromMonth < now)
    throw libraryErrors.schemeMonthStarted({ month: now, next: nextMonth(now) }, 'fromMonth');
  if (input.fromMonth === now && (await schemeInForce(deps.prisma, city.id, input.role, now)))
    throw libraryErrors.schemeMonthStarted({ month: now, next: nextMonth(now) }, 'fromMonth');
  await assertMonthOpen(deps.prisma, city.id, input.fromMonth);
  const kpis = await deps.prisma.kpi.count({
    where: { cityId: city.id, id: { in: input.lines.map((line) => line.kpiId) } },
  });
  if (kpis !== input.lines.length) throw libraryErrors.kpiNotFound();
  return deps.prisma.$transaction(async (tx) => {
    await tx.scheme.deleteMany({ where: { cityId: city.id, role: input.role, fromMonth: input.fromMonth } });
    return tx.scheme.create({
      data: {
        cityId: city.id,
        role: input.role,
        name: input.name,
        fromMonth: input.fromMonth,
        createdById: ctx.actor.personId,
        lines: {
          create: input.lines.map((line, position) => ({ kpiId: line.kpiId, weight: line.weight, position })),
        },
      },
      include: withLines,
    });
  });
}
