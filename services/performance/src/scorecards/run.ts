// The monthly run (月度计算): pulls the month's figures of a city from inspection, training and forms on the caller's
// behalf, computes every scorecard of the people its schemes measure with the pure scoring module, and stores each
// line's figure with its evidence. Figures performance keeps itself (manual, entered) and adjustments survive a
// re-run; a signed-off month is never written. One run at a time per city month (an advisory lock).
import {
  PULLED_SOURCES,
  scorecardsErrors,
  type KpiRule,
  type KpiSource,
  type SchemeRole,
} from '@duda/contract-performance';
import { assertCan } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { gradeBandsOf } from './grade-settings.ts';
import {
  monthSources,
  pulledFigure,
  type ExamFigure,
  type InspectionFigure,
  type MonthSources,
  type OrderFigure,
} from '../domain/sources.ts';
import { allocationsOf, targetFor, type Allocations } from '../domain/targets.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { satisfactionLookup, type SatisfactionOf } from '../imports/satisfaction-figures.ts';
import { satisfactionInForce } from '../imports/satisfaction.ts';
import { schemeInForce, type SchemeWithLines } from '../library/schemes.ts';
import { cityFigure, type CitySources } from '../sources/figures.ts';
import { CITY_SOURCES, pullCitySources } from '../sources/pull.ts';
import {
  cityOf,
  hallsInScope,
  peopleWithRole,
  type Ctx,
  type OrgHall,
  type OrgPerson,
} from '../ports/org-directory.ts';
import { kept } from './caller.ts';
import { writeScorecards, type ComputedCard } from './write.ts';

const INSPECTION_SOURCES: readonly KpiSource[] = [
  'HALL_INSPECTION_SCORE',
  'RECTIFICATION_RATE',
  'RECTIFICATION_OVERDUE',
];
const TRAINING_SOURCES: readonly KpiSource[] = ['EXAM_SCORE', 'EXAM_RETAKE'];

/** A figure performance keeps itself: the superior enters it (a manual rule gives points directly). */
export const isEntered = (line: { source: KpiSource; rule: KpiRule }) =>
  line.rule.kind === 'MANUAL' || !(PULLED_SOURCES as readonly KpiSource[]).includes(line.source);

/** `performance.months.run`: the city supervisor runs (or re-runs) an open month now, and the nightly job keeps it. */
export async function runMonth(deps: PerformanceDeps, ctx: Ctx, month: string) {
  const city = await cityOf(deps.org, ctx);
  assertCan(ctx.actor, 'performance.month.run', { orgNodeId: city.id }, scorecardsErrors.runDenied);
  const result = await computeMonth(deps, ctx, city.id, month);
  await deps.prisma.performanceMonth.update({
    where: { cityId_month: { cityId: city.id, month } },
    data: { runById: ctx.actor.personId, runAs: kept(ctx.actor) as unknown as Prisma.InputJsonValue },
  });
  return result;
}

async function pull<T>(
  client: PerformanceDeps['inspection'],
  ctx: Ctx,
  path: string,
  input: unknown,
  empty: T,
) {
  return client ? client.query<T>(ctx, path, input) : empty;
}

/** Computes and stores a city month's scorecards; returns how many there are. */
export async function computeMonth(deps: PerformanceDeps, ctx: Ctx, cityId: string, month: string) {
  const schemes = new Map<SchemeRole, SchemeWithLines>();
  for (const role of ['hall_manager', 'clerk'] as const) {
    const scheme = await schemeInForce(deps.prisma, cityId, role, month);
    if (scheme) schemes.set(role, scheme);
  }
  const sources = new Set([...schemes.values()].flatMap((s) => s.lines.map((line) => line.kpi.source)));
  const needs = (list: readonly KpiSource[]) => list.some((source) => sources.has(source));
  const [halls, inspection, training, allocationRows, bands, satisfaction, city] = await Promise.all([
    hallsInScope(deps.org, ctx),
    needs(INSPECTION_SOURCES)
      ? pull(
          deps.inspection,
          ctx,
          'figures.month',
          { orgNodeId: cityId, month },
          { inspections: [], orders: [] },
        )
      : { inspections: [], orders: [] },
    needs(TRAINING_SOURCES)
      ? pull(deps.training, ctx, 'figures.month', { month }, { results: [] })
      : { results: [] },
    deps.prisma.targetAllocation.findMany({ where: { cityId, month } }),
    gradeBandsOf(deps.prisma, cityId),
    needs(['SATISFACTION_RATE']) ? satisfactionInForce(deps.prisma, cityId, month) : null,
    needs(CITY_SOURCES) ? pullCitySources(deps, ctx, { cityId, month, sources }) : null,
  ]);
  const figures = monthSources(
    (inspection as { inspections: InspectionFigure[] }).inspections,
    (inspection as { orders: OrderFigure[] }).orders,
    (training as { results: ExamFigure[] }).results,
  );
  const hallOf = new Map(halls.map((hall) => [hall.id, hall]));
  const allocations = allocationsOf(allocationRows);

  // A hall manager is measured by the managers' scheme even if also a clerk.
  const measured = new Map<string, { person: OrgPerson; role: SchemeRole }>();
  for (const role of schemes.keys())
    for (const person of await peopleWithRole(deps.org, ctx, cityId, role))
      if (!measured.has(person.id) && hallOf.has(person.orgNodeId)) measured.set(person.id, { person, role });
  const cards = cardsOf({
    schemes,
    hallOf,
    measured: [...measured.values()],
    figures,
    allocations,
    satisfaction: satisfaction ? satisfactionLookup(satisfaction) : null,
    city,
  });
  const count = await writeScorecards(deps, { cityId, month, cards, bands });
  return { month, scorecards: count };
}

/** Each measured person's lines: the scheme of their role, the target that applies, the pulled figure and evidence. */
export function cardsOf(month: {
  schemes: ReadonlyMap<SchemeRole, SchemeWithLines>;
  hallOf: ReadonlyMap<string, OrgHall>;
  measured: readonly { person: OrgPerson; role: SchemeRole }[];
  figures: MonthSources;
  allocations: Allocations;
  /** The month's imported 满意率, when it has an import; otherwise the superior enters it. */
  satisfaction?: SatisfactionOf | null;
  /** Skill tests, unread required reading and complaints (sources/), when a scheme uses them. */
  city?: CitySources | null;
}): ComputedCard[] {
  return month.measured.map(({ person, role }) => {
    const scheme = month.schemes.get(role)!;
    const hall = month.hallOf.get(person.orgNodeId)!;
    const chain = [person.id, hall.id, hall.districtId];
    return {
      person,
      role,
      hall,
      schemeId: scheme.id,
      lines: scheme.lines.map((line) => {
        const rule = line.kpi.rule as KpiRule;
        const base = {
          kpiId: line.kpiId,
          kpiName: line.kpi.name,
          unit: line.kpi.unit,
          source: line.kpi.source,
          weight: line.weight,
          direction: line.kpi.direction,
          target: targetFor(line.kpi, chain, month.allocations),
          rule,
        };
        const who = { id: person.id, hallId: hall.id };
        const imported = base.source === 'SATISFACTION_RATE' && rule.kind !== 'MANUAL' && month.satisfaction;
        const pulled = imported
          ? month.satisfaction!(who)
          : isEntered(base)
            ? null
            : (pulledFigure(line.kpi.source, month.figures, who) ??
              (month.city ? cityFigure(line.kpi.source, month.city, who, role) : null));
        return { ...base, pulled };
      }),
    };
  });
}
