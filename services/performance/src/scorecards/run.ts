// The monthly run (月度计算): pulls the month's figures of a city from inspection, training and forms on the caller's
// behalf, computes every scorecard of the people its schemes measure with the pure scoring module, and stores each
// line's figure with its evidence. Figures performance keeps itself (manual, entered) and adjustments survive a
// re-run; a signed-off month is never written. It runs as a recorded job (month-runs.ts) and says how far it is
// through a `RunProgress` the job stores; the scoring itself (`cardsOf`, domain/) knows nothing of it.
import {
  PULLED_SOURCES,
  type MonthRunSource,
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
import { SILENT, type RunProgress } from './run-progress.ts';
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

/**
 * The run itself, as the caller (the city supervisor, or the job acting as them): refused without the right to run
 * the month, then computed, and the caller kept for the nightly job. The seed and the bench call it directly; the
 * procedure records a run and queues it (month-runs.ts), whose job calls this.
 */
export async function runMonth(
  deps: PerformanceDeps,
  ctx: Ctx,
  month: string,
  progress: RunProgress = SILENT,
) {
  const city = await cityOf(deps.org, ctx);
  assertCan(ctx.actor, 'performance.month.run', { orgNodeId: city.id }, scorecardsErrors.runDenied);
  const result = await computeMonth(deps, ctx, city.id, month, progress);
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

/** The city's halls in the caller's scope and the people the schemes measure (a hall manager by the managers'). */
async function measuredPeople(deps: PerformanceDeps, ctx: Ctx, cityId: string, roles: readonly SchemeRole[]) {
  const halls = await hallsInScope(deps.org, ctx);
  const hallOf = new Map(halls.map((hall) => [hall.id, hall]));
  const measured = new Map<string, { person: OrgPerson; role: SchemeRole }>();
  for (const role of roles)
    for (const person of await peopleWithRole(deps.org, ctx, cityId, role))
      if (!measured.has(person.id) && hallOf.has(person.orgNodeId)) measured.set(person.id, { person, role });
  return { hallOf, measured: [...measured.values()] };
}

/** Computes and stores a city month's scorecards; returns how many there are. */
export async function computeMonth(
  deps: PerformanceDeps,
  ctx: Ctx,
  cityId: string,
  month: string,
  progress: RunProgress = SILENT,
) {
  const schemes = new Map<SchemeRole, SchemeWithLines>();
  for (const role of ['hall_manager', 'clerk'] as const) {
    const scheme = await schemeInForce(deps.prisma, cityId, role, month);
    if (scheme) schemes.set(role, scheme);
  }
  const sources = new Set([...schemes.values()].flatMap((s) => s.lines.map((line) => line.kpi.source)));
  const needs = (list: readonly KpiSource[]) => list.some((source) => sources.has(source));
  const wanted = {
    ORG: true,
    INSPECTION: needs(INSPECTION_SOURCES),
    TRAINING: needs(TRAINING_SOURCES),
    SATISFACTION: needs(['SATISFACTION_RATE']),
    CITY: needs(CITY_SOURCES),
  } satisfies Record<MonthRunSource, boolean>;
  progress.pulling((Object.keys(wanted) as MonthRunSource[]).filter((source) => wanted[source]));
  const pulled = <T>(source: MonthRunSource, pulling: Promise<T>) =>
    pulling.then((value) => {
      progress.pulled(source);
      return value;
    });
  const [people, inspection, training, allocationRows, bands, satisfaction, city] = await Promise.all([
    pulled('ORG', measuredPeople(deps, ctx, cityId, [...schemes.keys()])),
    wanted.INSPECTION
      ? pulled(
          'INSPECTION',
          pull(
            deps.inspection,
            ctx,
            'figures.month',
            { orgNodeId: cityId, month },
            { inspections: [], orders: [] },
          ),
        )
      : { inspections: [], orders: [] },
    wanted.TRAINING
      ? pulled('TRAINING', pull(deps.training, ctx, 'figures.month', { month }, { results: [] }))
      : { results: [] },
    deps.prisma.targetAllocation.findMany({ where: { cityId, month } }),
    gradeBandsOf(deps.prisma, cityId),
    wanted.SATISFACTION ? pulled('SATISFACTION', satisfactionInForce(deps.prisma, cityId, month)) : null,
    wanted.CITY ? pulled('CITY', pullCitySources(deps, ctx, { cityId, month, sources })) : null,
  ]);
  progress.computing();
  const figures = monthSources(
    (inspection as { inspections: InspectionFigure[] }).inspections,
    (inspection as { orders: OrderFigure[] }).orders,
    (training as { results: ExamFigure[] }).results,
  );
  const cards = cardsOf({
    schemes,
    hallOf: people.hallOf,
    measured: people.measured,
    figures,
    allocations: allocationsOf(allocationRows),
    satisfaction: satisfaction ? satisfactionLookup(satisfaction) : null,
    city,
  });
  const count = await writeScorecards(deps, { cityId, month, cards, bands }, progress.writing);
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
