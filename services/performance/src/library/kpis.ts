// 指标库: the city's KPIs. Everyone in the city reads them (a clerk sees what they are measured on); the city
// supervisor adds them, each rule checked against its direction and target before it is written.
import { libraryErrors, type kpiInputs, type KpiRule } from '@duda/contract-performance';
import { assertCan } from '@duda/service-kit';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { checkRule } from '../domain/validation.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';

const isUniqueViolation = (error: unknown) =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';

const view = <T extends { rule: unknown }>(kpi: T) => ({ ...kpi, rule: kpi.rule as KpiRule });

export async function listKpis(deps: PerformanceDeps, ctx: Ctx) {
  const city = await cityOf(deps.org, ctx);
  const rows = await deps.prisma.kpi.findMany({ where: { cityId: city.id }, orderBy: { name: 'asc' } });
  return rows.map(view);
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
