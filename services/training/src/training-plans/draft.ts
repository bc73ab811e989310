// Drafting a unit's plan for a month (自动生成草稿): the weak knowledge points of its people in the month before's
// city monthly exam (the analysis' drill-down for the unit) and its short staves in that month's inspections
// (read from the inspection service on the caller's behalf).
import { addMonths } from '@duda/month';
import { trainingPlansErrors, type TrainingPlanLevel } from '@duda/contract-training';
import type { ServiceClient } from '@duda/service-kit';
import { orgAnalysis } from '../analysis/org-analysis.ts';
import type { TrainingDeps } from '../deps.ts';
import { draftTopics, type FailedItem } from '../domain/training-plan-draft.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { orgPlaces } from '../ports/org-directory.ts';
import { assertKeepsPlanOf, type PlansCtx } from './access.ts';

const LEVELS: readonly string[] = ['city', 'district', 'hall'] satisfies TrainingPlanLevel[];

async function weakPoints(deps: TrainingDeps, ctx: PlansCtx, orgNodeId: string, month: string) {
  const analysis = await orgAnalysis(deps, ctx, {
    subject: { month, kind: 'CITY_MONTHLY' },
    nodeId: orgNodeId,
  });
  return analysis.weaknesses.flatMap((w) =>
    w.facility === null
      ? []
      : [{ id: w.id, name: w.name, facility: w.facility, cityFacility: w.cityFacility }],
  );
}

/** A unit's most failed checklist items of a month, from `inspection.shortStaves` (none without inspection). */
export function shortStaves(
  inspection: ServiceClient | null,
  ctx: PlansCtx,
  orgNodeId: string,
  month: string,
) {
  if (!inspection) return Promise.resolve([]);
  return inspection.query<FailedItem[]>(ctx, 'shortStaves', { orgNodeId, month });
}

export async function draftPlan(
  deps: TrainingDeps,
  ctx: PlansCtx,
  input: { orgNodeId: string; month: string },
) {
  assertKeepsPlanOf(ctx.actor, input.orgNodeId);
  const [place] = await orgPlaces(deps.org, ctx, [input.orgNodeId]);
  if (!place || !LEVELS.includes(place.level)) throw trainingPlansErrors.unitLevel({}, 'orgNodeId');
  const before = addMonths(input.month, -1);
  const [points, items] = await Promise.all([
    weakPoints(deps, ctx, place.id, before),
    shortStaves(deps.inspection, ctx, place.id, before),
  ]);
  const orgPath = [place.id, place.district?.id, place.city?.id].filter((id): id is string => !!id);
  const topics = draftTopics(points, items);
  try {
    const plan = await deps.prisma.trainingPlan.create({
      data: {
        cityId: place.city?.id ?? place.id,
        orgNodeId: place.id,
        level: place.level,
        orgName: place.name,
        orgPath: [...new Set(orgPath)],
        month: input.month,
        topics,
        createdById: ctx.actor.personId,
      },
    });
    return { ...plan, topics };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002')
      throw trainingPlansErrors.exists();
    throw error;
  }
}
