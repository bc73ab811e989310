// 指标库: the city's KPIs. Everyone in the city reads them (a clerk sees what they are measured on); the city
// supervisor adds them, each rule checked against its direction and target before it is written.
import { libraryErrors, type kpiInputs, type KpiRule } from '@duda/contract-performance';
import { assertCan } from '@duda/service-kit';
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { checkRule } from '../domain/validation.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';

const view = <T extends { rule: unknown }>(kpi: T) => ({ ...kpi, rule: kpi.rule as KpiRule });

/** The library, each KPI with how many schemes use it (a used KPI keeps its scoring: see updateKpi). */
export async function listKpis(deps: PerformanceDeps, ctx: Ctx) {
  const city = await cityOf(deps.org, ctx);
  const rows = await deps.prisma.kpi.findMany({
    where: { cityId: city.id },
    orderBy: { name: 'asc' },
    include: { _count: { select: { schemeLines: true } } },
  });
  return rows.map(({ _count, ...kpi }) => ({ ...view(kpi), schemes: _count.schemeLines }));
}

export async function createKpi(deps: PerformanceDeps, ctx: Ctx, input: z.infer<typeof kpiInputs.create>) {
  const city = await cityOf(deps.org, ctx);
  assertCan(ctx.actor, 'performance.kpi.manage', { orgNodeId: city.id }, libraryErrors.manageDenied);
  checkRule(input.direction, input.target, input.rule);
  try {
    return view(
      await deps.prisma.kpi.create({ data: { ...input, cityId: city.id, createdById: ctx.actor.personId } }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw libraryErrors.kpiNameTaken({ name: input.name }, 'name');
    throw error;
  }
}

const scoringChanged = (
  kpi: { direction: string; target: number; rule: unknown; source: string },
  input: z.infer<typeof kpiInputs.update>,
) =>
  kpi.direction !== input.direction ||
  kpi.target !== input.target ||
  kpi.source !== input.source ||
  !isDeepStrictEqual(kpi.rule, input.rule);

/**
 * Edits a KPI. Once a scheme uses it, only its words change: a new rule in place would rescore the month under way
 * on its next run, while a scheme change applies from the next month — so another rule is another KPI.
 */
export async function updateKpi(deps: PerformanceDeps, ctx: Ctx, input: z.infer<typeof kpiInputs.update>) {
  const city = await cityOf(deps.org, ctx);
  assertCan(ctx.actor, 'performance.kpi.manage', { orgNodeId: city.id }, libraryErrors.manageDenied);
  const { id, ...fields } = input;
  const kpi = await deps.prisma.kpi.findFirst({
    where: { id, cityId: city.id },
    include: { _count: { select: { schemeLines: true } } },
  });
  if (!kpi) throw libraryErrors.kpiNotFound();
  if (kpi._count.schemeLines > 0 && scoringChanged(kpi, input)) throw libraryErrors.kpiInUse();
  checkRule(input.direction, input.target, input.rule);
  try {
    return view(await deps.prisma.kpi.update({ where: { id }, data: fields }));
  } catch (error) {
    if (isUniqueViolation(error)) throw libraryErrors.kpiNameTaken({ name: input.name }, 'name');
    throw error;
  }
}
