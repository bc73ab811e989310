// 指标分解 and 签收: each unit's lead allocates a KPI's month target to the units and people directly below
// (city → district → hall → person); the person reads their scheme with the targets that apply and acknowledges it.
import { can, scopeOf } from '@duda/authz';
import { libraryErrors, type SchemeRole, type targetInputs } from '@duda/contract-performance';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { allocationsOf, targetFor } from '../domain/targets.ts';
import { cityOf, orgPlaces, peopleByIds, type Ctx } from '../ports/org-directory.ts';
import { assertMonthOpen } from './months.ts';
import { schemeInForce } from './schemes.ts';

/** The unit directly above a subject, whose lead allocates its targets; null when the caller cannot see it. */
async function subjectOf(deps: PerformanceDeps, ctx: Ctx, subjectId: string) {
  const [place] = await orgPlaces(deps.org, ctx, [subjectId]);
  if (place?.level === 'district') return { name: place.name, parentId: place.city?.id ?? null };
  if (place?.level === 'hall') return { name: place.name, parentId: place.district?.id ?? null };
  if (place) return null;
  const [person] = await peopleByIds(deps.org, ctx, [subjectId]);
  return person ? { name: `${person.name}（${person.staffNo}）`, parentId: person.orgNodeId } : null;
}

export async function allocateTarget(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof targetInputs.allocate>,
) {
  const city = await cityOf(deps.org, ctx);
  const subject = input.subjectId === ctx.actor.personId ? null : await subjectOf(deps, ctx, input.subjectId);
  if (!subject?.parentId || !can(ctx.actor, 'performance.target.allocate', { orgNodeId: subject.parentId }))
    throw libraryErrors.allocateDenied({}, 'subjectId');
  await assertMonthOpen(deps.prisma, city.id, input.month);
  const schemes = await Promise.all(
    (['clerk', 'hall_manager'] as const).map((role) =>
      schemeInForce(deps.prisma, city.id, role, input.month),
    ),
  );
  if (!schemes.some((scheme) => scheme?.lines.some((line) => line.kpiId === input.kpiId)))
    throw libraryErrors.kpiNotInScheme({}, 'kpiId');
  const key = { month: input.month, kpiId: input.kpiId, subjectId: input.subjectId };
  return deps.prisma.targetAllocation.upsert({
    where: { month_kpiId_subjectId: key },
    create: {
      ...key,
      cityId: city.id,
      subjectName: subject.name,
      target: input.target,
      allocatedById: ctx.actor.personId,
    },
    update: { target: input.target, allocatedById: ctx.actor.personId },
  });
}

/**
 * The month's allocations a lead may change: to units in their scope, and what they allocated themselves (to a
 * person, who is no unit). Nobody else reads them: a person reads their own targets with `mine`.
 */
export async function listAllocations(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof targetInputs.list>,
) {
  const units = scopeOf(ctx.actor, 'performance.target.allocate').orgNodeIds;
  if (units.length === 0) throw libraryErrors.allocateDenied();
  const city = await cityOf(deps.org, ctx);
  return deps.prisma.targetAllocation.findMany({
    where: {
      cityId: city.id,
      month: input.month,
      ...(input.subjectId ? { subjectId: input.subjectId } : {}),
      OR: [{ subjectId: { in: units } }, { allocatedById: ctx.actor.personId }],
    },
    orderBy: [{ subjectName: 'asc' }, { kpiId: 'asc' }],
  });
}

/** Whose scheme a person is measured by: a hall manager's if they hold that role, else a clerk's. */
export const schemeRoleOf = (roles: readonly string[]): SchemeRole | null =>
  roles.includes('hall_manager') ? 'hall_manager' : roles.includes('clerk') ? 'clerk' : null;

/** The caller's scheme of a month, each KPI with the target that applies to them, and whether they signed it. */
export async function myTargets(deps: PerformanceDeps, ctx: Ctx, input: z.infer<typeof targetInputs.mine>) {
  const city = await cityOf(deps.org, ctx);
  const role = schemeRoleOf(ctx.actor.roles.map((scoped) => scoped.role));
  const scheme = role ? await schemeInForce(deps.prisma, city.id, role, input.month) : null;
  if (!scheme) throw libraryErrors.noScheme({ month: input.month });
  const [home] = await orgPlaces(deps.org, ctx, [ctx.actor.homeOrgNodeId]);
  const chain = [ctx.actor.personId, ctx.actor.homeOrgNodeId, home?.district?.id ?? null];
  const [rows, acknowledgement] = await Promise.all([
    deps.prisma.targetAllocation.findMany({
      where: { month: input.month, subjectId: { in: chain.filter((id): id is string => id !== null) } },
    }),
    deps.prisma.targetAcknowledgement.findUnique({
      where: { personId_month: { personId: ctx.actor.personId, month: input.month } },
    }),
  ]);
  const allocations = allocationsOf(rows);
  return {
    month: input.month,
    scheme: { id: scheme.id, name: scheme.name, role: scheme.role, fromMonth: scheme.fromMonth },
    lines: scheme.lines.map((line) => ({
      kpiId: line.kpiId,
      name: line.kpi.name,
      definition: line.kpi.definition,
      unit: line.kpi.unit,
      direction: line.kpi.direction,
      source: line.kpi.source,
      weight: line.weight,
      target: targetFor(line.kpi, chain, allocations),
    })),
    acknowledgedAt: acknowledgement?.schemeId === scheme.id ? acknowledgement.acknowledgedAt : null,
  };
}

/** 签收: the person confirms the month's KPIs and targets (again after a change of targets is fine). */
export async function acknowledgeTargets(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof targetInputs.acknowledge>,
) {
  const mine = await myTargets(deps, ctx, input);
  const city = await cityOf(deps.org, ctx);
  await assertMonthOpen(deps.prisma, city.id, input.month);
  const key = { personId: ctx.actor.personId, month: input.month };
  const saved = await deps.prisma.targetAcknowledgement.upsert({
    where: { personId_month: key },
    create: { ...key, schemeId: mine.scheme.id, acknowledgedAt: deps.now() },
    update: { schemeId: mine.scheme.id, acknowledgedAt: deps.now() },
  });
  return { ...mine, acknowledgedAt: saved.acknowledgedAt };
}
