// Demo data (绩效): the city's KPI library, schemes for clerks and hall managers from three months back, those three
// months run, assessed and signed off (the last with an appeal heard and accepted), and the current month run and
// open — all on the demo org, computed from the inspection and training demo data through their APIs like any month.
// Idempotent: skips when the library exists.
import { addMonths, currentMonth } from '@duda/month';
import { seedAppealDemo, seedDecidedAppealDemo } from '../appeals/seed.ts';
import { seedCoachingDemo } from '../coaching/seed.ts';
import type { SeededOrg } from '@duda/service-org/seed';
import type { PerformanceDeps } from '../deps.ts';
import { createKpi } from '../library/kpis.ts';
import { createScheme } from '../library/schemes.ts';
import { table } from '../raw-sql.ts';
import { seedReviewsDemo } from '../reviews/seed.ts';
import { seedHrDeliveryDemo } from '../hr-delivery/seed.ts';
import { computeMonth, runMonth } from '../scorecards/run.ts';
import { citySupervisorCaller } from './seed-caller.ts';

const KPIS = [
  {
    name: '营业厅检查得分',
    definition: '当月明查、交叉检查和已发布暗访的平均得分',
    unit: '分',
    direction: 'HIGHER',
    target: 95,
    rule: { kind: 'LINEAR', floor: 60 },
    source: 'HALL_INSPECTION_SCORE',
  },
  {
    name: '整改率',
    definition: '当月下发整改单中已验收闭环的比例',
    unit: '%',
    direction: 'HIGHER',
    target: 100,
    rule: { kind: 'LINEAR', floor: 50 },
    source: 'RECTIFICATION_RATE',
  },
  {
    name: '超期整改单',
    definition: '当月整改单中超过期限未整改的张数，每张扣 5 分',
    unit: '张',
    direction: 'LOWER',
    target: 0,
    rule: { kind: 'DEDUCTION', perUnit: 5, cap: 15 },
    source: 'RECTIFICATION_OVERDUE',
  },
  {
    name: '考试成绩',
    definition: '当月全市月考与区县笔试的平均成绩（百分比）',
    unit: '%',
    direction: 'HIGHER',
    target: 90,
    rule: {
      kind: 'STEPS',
      steps: [
        { threshold: 90, share: 100 },
        { threshold: 80, share: 85 },
        { threshold: 60, share: 60 },
      ],
    },
    source: 'EXAM_SCORE',
  },
  {
    name: '团队建设与工作态度',
    definition: '上级对团队协作、服务态度和纪律的评价',
    unit: '分',
    direction: 'HIGHER',
    target: 20,
    rule: { kind: 'MANUAL' },
    source: 'TEAM_ATTITUDE',
  },
] as const;

const WEIGHTS = { clerk: [30, 15, 15, 20, 20], hall_manager: [40, 20, 10, 10, 20] } as const;

export async function seedPerformanceDemo(deps: PerformanceDeps, org: SeededOrg, now: Date) {
  await seedReviewsDemo(deps.prisma, org, now);
  if ((await deps.prisma.kpi.count()) > 0) return { months: 0 };
  const ctx = citySupervisorCaller(org);
  const month = currentMonth(now);
  const first = addMonths(month, -3);
  // The schemes start three months back: as if written then (a scheme never starts in a month under way).
  const then = { ...deps, now: () => new Date(`${first}-01T00:00:00+08:00`) };
  const kpiIds = [];
  for (const kpi of KPIS) kpiIds.push((await createKpi(deps, ctx, structuredClone(kpi) as never)).id);
  for (const role of ['clerk', 'hall_manager'] as const)
    await createScheme(then, ctx, {
      role,
      name: role === 'clerk' ? '营业员月度考核方案' : '店面经理月度考核方案',
      fromMonth: first,
      lines: kpiIds.map((kpiId, index) => ({ kpiId, weight: WEIGHTS[role][index]! })),
    });
  for (const closed of [first, addMonths(month, -2), addMonths(month, -1)]) {
    await runMonth(deps, ctx, closed);
    await enterAttitudeAndAssess(deps, org, closed);
    await computeMonth(deps, ctx, org.cityId, closed);
    // The last closed month's appeal, heard and accepted before the sign-off (its 表9 record is in forms).
    if (closed === addMonths(month, -1)) await seedDecidedAppealDemo(deps, org, closed);
    await deps.prisma.performanceMonth.update({
      where: { cityId_month: { cityId: org.cityId, month: closed } },
      data: {
        status: 'SIGNED_OFF',
        signedOffAt: now,
        signedOffById: ctx.actor.personId,
        signedOffByName: ctx.actor.name,
      },
    });
  }
  await runMonth(deps, ctx, month);
  await seedAppealDemo(deps, org, month);
  await seedCoachingDemo(deps, org, month, now);
  await seedHrDeliveryDemo(deps, ctx, [first, addMonths(month, -2), addMonths(month, -1)], now);
  return { months: 4 };
}

/**
 * The superiors' part of a past month, written at once for the whole city: each person's 团队建设与工作态度 (14–20,
 * fixed per person and month), self-assessed and assessed. The re-run after it re-adds the totals.
 */
async function enterAttitudeAndAssess(deps: PerformanceDeps, org: SeededOrg, month: string) {
  await deps.prisma.$executeRaw`
    UPDATE ${table('ScorecardLine')} AS line
    SET "value" = 14 + abs(hashtext(line."scorecardId"::text)) % 7, "enteredByName" = '上级',
        "evidence" = jsonb_build_array(jsonb_build_object('kind', 'ENTERED', 'id', line."scorecardId", 'title', '上级 录入',
          'figure', 14 + abs(hashtext(line."scorecardId"::text)) % 7, 'link', NULL))
    FROM ${table('Scorecard')} AS card
    WHERE card."id" = line."scorecardId" AND card."cityId" = ${org.cityId}::uuid AND card."month" = ${month}
      AND line."source"::text = 'TEAM_ATTITUDE'`;
  await deps.prisma.scorecard.updateMany({
    where: { cityId: org.cityId, month },
    data: {
      status: 'ASSESSED',
      selfComment: '本月按要求完成各项工作。',
      selfAssessedAt: new Date(`${month}-28T10:00:00+08:00`),
      assessorName: '上级',
      assessorComment: '完成情况良好，继续保持。',
      assessedAt: new Date(`${month}-28T16:00:00+08:00`),
    },
  });
}
