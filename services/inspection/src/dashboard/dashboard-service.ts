// The supervision dashboard of one org unit and month: scores, rankings, short staves, rectification
// and plan progress. Everything is read from the monthly rollups or from indexed order columns, so a
// city of 300 halls answers in milliseconds (see ADR 0007 and `pnpm bench`).
import type { Actor } from '@duda/authz';
import { addMonths, monthsBetween } from '@duda/month';
import type { CallerContext } from '@duda/service-kit';
import { percentage, roundScore, SCORED_KINDS } from '@duda/contract-inspection';
import { carriesOutPlanEntry, escalationOf, rankByScore } from '../domain/index.ts';
import type { InspectionDeps } from '../deps.ts';
import type { InspectionPrisma } from '../prisma.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { table } from '../raw-sql.ts';
import { toDomainOrder } from '../rectifications/mapping.ts';
import { reportScope, type ReportScope } from './scope.ts';
import { overdueOrders } from '../rectifications/overdue.ts';

type Ctx = CallerContext & { actor: Actor };

/** The records of one unit: the column that selects them and the unit's id. */
export interface ScopeKey {
  column: ReportScope['column'];
  id: string;
}

const keyOf = (scope: ReportScope): ScopeKey => ({ column: scope.column, id: scope.place.id });
const scopeFilter = (scope: ScopeKey) => Prisma.sql`${Prisma.raw(`"${scope.column}"`)} = ${scope.id}::uuid`;
const kinds = Prisma.join(SCORED_KINDS.map((k) => Prisma.sql`${k}`));

async function scoreTrend(prisma: InspectionPrisma, scope: ScopeKey, months: string[]) {
  const rows = await prisma.$queryRaw<
    { month: string; inspections: number; score_sum: number; passed: number }[]
  >`
    SELECT "month", SUM("inspections")::int AS inspections, SUM("scoreSum")::float8 AS score_sum, SUM("passedCount")::int AS passed
    FROM ${table('HallMonthStat')}
    WHERE ${scopeFilter(scope)} AND "month" IN (${Prisma.join(months)}) AND "kind"::text IN (${kinds})
    GROUP BY "month"`;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return months.map((month) => {
    const r = byMonth.get(month);
    return {
      month,
      inspections: r?.inspections ?? 0,
      averageScore: r && r.inspections ? roundScore(r.score_sum / r.inspections) : null,
      passRate: r ? percentage(r.passed, r.inspections) : null,
    };
  });
}

/** The halls' own checks (日检, 自查) of the month: counted apart, never in scores or rankings. */
async function ownChecks(prisma: InspectionPrisma, scope: ScopeKey, month: string) {
  const [row] = await prisma.$queryRaw<{ checks: number | null }[]>`
    SELECT SUM("inspections")::int AS checks
    FROM ${table('HallMonthStat')}
    WHERE ${scopeFilter(scope)} AND "month" = ${month} AND "kind"::text IN ('DAILY', 'SELF_CHECK')`;
  return row?.checks ?? 0;
}

export async function hallRanking(prisma: InspectionPrisma, scope: ScopeKey, month: string) {
  const rows = await prisma.$queryRaw<
    { id: string; name: string; district_id: string; score: number; inspections: number; vetoed: number }[]
  >`
    SELECT "hallId"::text AS id, MAX("hallName") AS name, MAX("districtId"::text) AS district_id,
           SUM("scoreSum") / NULLIF(SUM("inspections"), 0) AS score, SUM("inspections")::int AS inspections, SUM("vetoedCount")::int AS vetoed
    FROM ${table('HallMonthStat')}
    WHERE ${scopeFilter(scope)} AND "month" = ${month} AND "kind"::text IN (${kinds})
    GROUP BY "hallId"`;
  return rankByScore(
    rows.map((r) => ({
      id: r.id,
      name: r.name,
      districtId: r.district_id,
      score: r.score === null ? null : roundScore(r.score),
      inspections: r.inspections,
      vetoed: r.vetoed,
    })),
  );
}

/** Districts score the average of their halls, so a hall visited twice does not weigh double. */
function districtRanking(halls: Awaited<ReturnType<typeof hallRanking>>, names: Map<string, string>) {
  const byDistrict = new Map<string, number[]>();
  for (const h of halls)
    if (h.score !== null) byDistrict.set(h.districtId, [...(byDistrict.get(h.districtId) ?? []), h.score]);
  return rankByScore(
    [...byDistrict.entries()].map(([id, scores]) => ({
      id,
      name: names.get(id) ?? id,
      score: roundScore(scores.reduce((a, b) => a + b, 0) / scores.length),
      halls: scores.length,
    })),
  );
}

export async function shortStaves(prisma: InspectionPrisma, scope: ScopeKey, month: string, limit = 10) {
  const rows = await prisma.$queryRaw<
    {
      item_code: string;
      item_title: string;
      section_name: string;
      inspected: number;
      problems: number;
      halls: number;
    }[]
  >`
    SELECT "itemCode" AS item_code, MAX("itemTitle") AS item_title, MAX("sectionName") AS section_name, SUM("inspected")::int AS inspected,
           SUM("problems")::int AS problems, COUNT(*) FILTER (WHERE "problems" > 0)::int AS halls
    FROM ${table('ItemMonthStat')}
    WHERE ${scopeFilter(scope)} AND "month" = ${month} AND "kind"::text IN (${kinds})
    GROUP BY "itemCode"
    HAVING SUM("problems") > 0
    ORDER BY SUM("problems")::float8 / SUM("inspected") DESC, SUM("problems") DESC
    LIMIT ${limit}`;
  return rows.map((r) => ({
    itemCode: r.item_code,
    itemTitle: r.item_title,
    sectionName: r.section_name,
    inspected: r.inspected,
    failed: r.problems,
    failureRate: percentage(r.problems, r.inspected) ?? 0,
    hallsAffected: r.halls,
  }));
}

export async function rectificationFigures(
  deps: InspectionDeps,
  scope: ReportScope,
  month: string,
  now: Date,
) {
  const where = { [scope.column]: scope.place.id };
  const [issued, closed, overdue, overdueRows] = await Promise.all([
    deps.prisma.rectificationOrder.count({ where: { ...where, month } }),
    deps.prisma.rectificationOrder.count({ where: { ...where, month, status: 'ACCEPTED' } }),
    deps.prisma.rectificationOrder.count({ where: { ...where, ...overdueOrders(now) } }),
    deps.prisma.rectificationOrder.findMany({
      where: { ...where, ...overdueOrders(now) },
      orderBy: { deadline: 'asc' },
      take: 10,
    }),
  ]);
  return {
    issued,
    closed,
    rate: percentage(closed, issued),
    overdue,
    overdueList: overdueRows.map((r) => ({
      id: r.id,
      hallName: r.hallName,
      itemTitle: r.itemTitle,
      severity: r.severity,
      deadline: r.deadline,
      status: r.status,
      escalation: escalationOf(toDomainOrder(r), now, deps.policy),
    })),
  };
}

async function planProgress(deps: InspectionDeps, scope: ReportScope, month: string) {
  const entryFilter =
    scope.column === 'hallId'
      ? { hallId: scope.place.id }
      : scope.column === 'districtId'
        ? { districtId: scope.place.id }
        : {};
  const planFilter = {
    month,
    status: 'PUBLISHED' as const,
    ...(scope.column === 'cityId' ? { cityId: scope.place.id } : {}),
  };
  const entries = await deps.prisma.planEntry.findMany({
    where: { ...entryFilter, plan: planFilter },
    select: {
      kind: true,
      inspectorIds: true,
      inspections: { where: { status: 'SUBMITTED' }, select: { kind: true, inspectorId: true } },
    },
  });
  const done = entries.filter((e) => e.inspections.some((i) => carriesOutPlanEntry(e, i))).length;
  return { planned: entries.length, done, rate: percentage(done, entries.length) };
}

export async function dashboard(
  deps: InspectionDeps,
  ctx: Ctx,
  input: { scopeOrgId?: string | null; month: string },
) {
  const scope = await reportScope(deps, ctx, input.scopeOrgId);
  const now = deps.now();
  // The trend shows the half year ending with the chosen month.
  const months = monthsBetween(addMonths(input.month, -5), input.month);
  const [trend, halls, staves, rectification, plans, hallsOwnChecks] = await Promise.all([
    scoreTrend(deps.prisma, keyOf(scope), months),
    scope.column === 'hallId' ? Promise.resolve([]) : hallRanking(deps.prisma, keyOf(scope), input.month),
    shortStaves(deps.prisma, keyOf(scope), input.month),
    rectificationFigures(deps, scope, input.month, now),
    planProgress(deps, scope, input.month),
    ownChecks(deps.prisma, keyOf(scope), input.month),
  ]);
  const current = trend[trend.length - 1]!;
  const districtNames =
    scope.column === 'cityId'
      ? new Map(
          (await deps.org.places(ctx, [...new Set(halls.map((h) => h.districtId))])).map((d) => [
            d.id,
            d.name,
          ]),
        )
      : new Map<string, string>();
  return {
    scope: { id: scope.place.id, name: scope.place.name, level: scope.place.level },
    month: input.month,
    kpis: {
      inspections: current.inspections,
      averageScore: current.averageScore,
      passRate: current.passRate,
      rectificationRate: rectification.rate,
      overdue: rectification.overdue,
      planRate: plans.rate,
      /** 日检 and 自查 submitted this month: the page says they are counted apart when nothing else is. */
      ownChecks: hallsOwnChecks,
    },
    trend,
    hallRanking: halls,
    districtRanking: scope.column === 'cityId' ? districtRanking(halls, districtNames) : [],
    shortStaves: staves,
    rectification,
    plans,
  };
}
