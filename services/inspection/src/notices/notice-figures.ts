import { percentage, roundScore, SCORED_KINDS } from '@duda/contract-inspection';
import {
  badCaseDescription,
  type HallMonthScore,
  type HallRectificationFigures,
  type TypicalCase,
} from '../domain/index.ts';
import { shortStaves, type ScopeKey } from '../dashboard/dashboard-service.ts';
import type { InspectionPrisma } from '../prisma.ts';

/**
 * The month's figures a notice is built from, read from the rollups and the orders. District names come
 * from the caller (the org service owns them).
 */
export async function noticeFigures(
  prisma: InspectionPrisma,
  scope: ScopeKey,
  month: string,
  now: Date,
  districtNames: (ids: string[]) => Promise<Map<string, string>>,
) {
  const where = { [scope.column]: scope.id, month };
  const stats = await prisma.hallMonthStat.groupBy({
    by: ['hallId', 'hallName', 'districtId'],
    where: { ...where, kind: { in: [...SCORED_KINDS] } },
    _sum: { inspections: true, scoreSum: true, passedCount: true, vetoedCount: true },
  });
  const districts = await districtNames([...new Set(stats.map((s) => s.districtId))]);
  const hallScores: HallMonthScore[] = stats
    .filter((s) => (s._sum.inspections ?? 0) > 0)
    .map((s) => {
      const inspections = s._sum.inspections ?? 0;
      return {
        hallId: s.hallId,
        hallName: s.hallName,
        districtId: s.districtId,
        districtName: districts.get(s.districtId) ?? '',
        score: roundScore((s._sum.scoreSum ?? 0) / inspections),
        inspections,
        failedInspections: inspections - (s._sum.passedCount ?? 0),
        vetoedInspections: s._sum.vetoedCount ?? 0,
      };
    });
  const orders = await prisma.rectificationOrder.findMany({
    where,
    select: { hallId: true, hallName: true, status: true, deadline: true },
  });
  const byHall = new Map<string, HallRectificationFigures>();
  for (const o of orders) {
    const row = byHall.get(o.hallId) ?? {
      hallId: o.hallId,
      hallName: o.hallName,
      issued: 0,
      closed: 0,
      overdue: 0,
    };
    row.issued += 1;
    if (o.status === 'ACCEPTED') row.closed += 1;
    else if ((o.status === 'OPEN' || o.status === 'REJECTED_BACK') && o.deadline < now) row.overdue += 1;
    byHall.set(o.hallId, row);
  }
  return {
    hallScores,
    shortStaves: await shortStaves(prisma, scope, month, 5),
    rectifications: [...byHall.values()].sort(
      (a, b) => (percentage(a.closed, a.issued) ?? 0) - (percentage(b.closed, b.issued) ?? 0),
    ),
    typicalCases: await typicalCases(prisma, scope, month),
  };
}

/** The worst (vetoed or lowest) and the best inspection of the month, as a starting point the supervisor edits. */
async function typicalCases(
  prisma: InspectionPrisma,
  scope: ScopeKey,
  month: string,
): Promise<TypicalCase[]> {
  const base = {
    [scope.column]: scope.id,
    month,
    status: 'SUBMITTED' as const,
    kind: { in: [...SCORED_KINDS] },
    NOT: { kind: 'MYSTERY' as const, mysteryPublishedAt: null },
  };
  const [worst, best] = await Promise.all([
    prisma.inspection.findMany({
      where: base,
      orderBy: [{ vetoed: 'desc' }, { total: 'asc' }],
      take: 2,
      include: { results: { where: { problem: true }, take: 3 } },
    }),
    prisma.inspection.findFirst({ where: { ...base, passed: true }, orderBy: { total: 'desc' } }),
  ]);
  const cases: TypicalCase[] = worst.map((i) => ({
    inspectionId: i.id,
    hallName: i.hallName,
    tone: 'BAD',
    title: `${i.hallName}${i.vetoed ? '触发一票否决' : `得分 ${i.total?.toFixed(1)} 分`}`,
    description: badCaseDescription(
      i.results.map((r) => r.note),
      i.summary,
    ),
    photoIds: i.results.flatMap((r) => r.photoIds).slice(0, 3),
  }));
  if (best && !cases.some((c) => c.inspectionId === best.id)) {
    cases.push({
      inspectionId: best.id,
      hallName: best.hallName,
      tone: 'GOOD',
      title: `${best.hallName}得分 ${best.total?.toFixed(1)} 分`,
      description: best.summary || '各项服务规范执行到位，值得各厅学习。',
      photoIds: [],
    });
  }
  return cases;
}
