// Demo data (绩效): the city's KPI library, schemes for clerks and hall managers from three months back, those three
// months run, assessed and signed off (the last with an appeal heard and accepted), and the current month run and
// open — all on the demo org, computed from the inspection and training demo data through their APIs like any month.
// In the open month everybody has self-assessed and been assessed by their superior except 湖滨's demo clerk and her
// manager, whose month the browser stories walk, and every district but theirs (上城) has locked its calibration:
// once they are done and 上城 is locked the city can sign the month off.
// Idempotent: skips when the library exists.
import { addMonths, currentMonth } from '@duda/month';
import { seedAppealDemo, seedDecidedAppealDemo } from '../appeals/seed.ts';
import { seedCalibrationLocks } from '../calibration/seed.ts';
import { seedCoachingDemo } from '../coaching/seed.ts';
import type { SeededOrg } from '@duda/service-org/seed';
import type { PerformanceDeps } from '../deps.ts';
import { createKpi } from '../library/kpis.ts';
import { createScheme } from '../library/schemes.ts';
import { enumType, table } from '../raw-sql.ts';
import { seedReviewsDemo } from '../reviews/seed.ts';
import { seedHrDeliveryDemo } from '../hr-delivery/seed.ts';
import { computeMonth, runMonth } from '../scorecards/run.ts';
import { seedSourceKpis } from '../sources/seed.ts';
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
  await seedSourceKpis(deps, ctx);
  for (const role of ['clerk', 'hall_manager'] as const)
    await createScheme(then, ctx, {
      role,
      name: role === 'clerk' ? '营业员月度考核方案' : '店面经理月度考核方案',
      fromMonth: first,
      lines: kpiIds.map((kpiId, index) => ({ kpiId, weight: WEIGHTS[role][index]! })),
    });
  for (const closed of [first, addMonths(month, -2), addMonths(month, -1)]) {
    await runMonth(deps, ctx, closed);
    await assessBySuperiors(deps, org, closed, {
      selfAt: new Date(`${closed}-28T10:00:00+08:00`),
      assessedAt: new Date(`${closed}-28T16:00:00+08:00`),
    });
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
  // The rest of the city is done with the open month (this morning); the stories' clerk and manager are not.
  const storyPeople = [org.demoPeople['hubin.clerk']?.id, org.demoPeople['hubin.mgr']?.id];
  await assessBySuperiors(deps, org, month, {
    selfAt: new Date(now.getTime() - 3 * HOUR),
    assessedAt: new Date(now.getTime() - HOUR),
    except: storyPeople.filter((id): id is string => Boolean(id)),
  });
  await computeMonth(deps, ctx, org.cityId, month);
  await seedCoachingDemo(deps, org, month, now);
  // Calibration locked before each sign-off (after coaching's adjustments, which set those months' final grades);
  // the month under way locked everywhere but the district whose hall the month story finishes.
  for (const closed of [first, addMonths(month, -2), addMonths(month, -1)])
    await seedCalibrationLocks(deps, org, closed, { at: new Date(`${closed}-28T18:00:00+08:00`) });
  const storyHall = org.demoPeople['hubin.mgr']?.orgCode;
  const storyDistrict = org.districts.find((d) => d.halls.some((h) => h.code === storyHall));
  await seedCalibrationLocks(deps, org, month, {
    at: new Date(now.getTime() - HOUR / 2),
    exceptDistrictIds: storyDistrict ? [storyDistrict.id] : [],
  });
  await seedHrDeliveryDemo(deps, ctx, [first, addMonths(month, -2), addMonths(month, -1)], now);
  return { months: 4 };
}

const HOUR = 3_600_000;

const SELF_COMMENTS = [
  '本月按要求完成各项工作。',
  '按时完成业务办理量，服务用语更规范了。',
  '参加了两次业务培训，月考成绩比上月有进步。',
  '检查指出的台面和工牌问题已当场整改。',
  '高峰时段主动引导分流，客户等候时间缩短。',
  '新业务还不够熟练，下月多向班长请教。',
];
const SUPERIOR_COMMENTS = [
  '完成情况良好，继续保持。',
  '服务主动热情，团队配合好。',
  '业务熟练，注意整改单按期闭环。',
  '考试成绩稳定，可在晨会上分享经验。',
  '本月表现平稳，下月加强新业务学习。',
  '纪律意识强，客户评价好。',
  '高峰期应变还需加强，已当面沟通。',
];

/**
 * 团队建设与工作态度 as the superior enters it: 14–20, fixed per person and month (never by a scorecard's random id,
 * so every seeded database tells the same story: who improved, who needs coaching).
 */
function attitudeOf(personId: string, month: string) {
  let hash = 0;
  for (const char of `${personId}:${month}`) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return 14 + (Math.abs(hash) % 7);
}

/**
 * The people's and their superiors' part of a month, written at once for the whole city (every scorecard not yet
 * assessed, but for `except`): a self-assessment, then the superior — a hall's manager for its clerks, the
 * district's supervisor for a hall manager — enters 团队建设与工作态度 (14–20, fixed per person and month) and
 * assesses, each with a comment of their own; no adjustments. The re-run after it re-adds the totals.
 */
async function assessBySuperiors(
  deps: PerformanceDeps,
  org: SeededOrg,
  month: string,
  when: { selfAt: Date; assessedAt: Date; except?: readonly string[] },
) {
  const cards = await deps.prisma.scorecard.findMany({
    where: {
      cityId: org.cityId,
      month,
      status: { not: 'ASSESSED' },
      personId: { notIn: [...(when.except ?? [])] },
    },
    select: { id: true, personId: true, role: true, hallId: true, districtId: true },
    orderBy: { staffNo: 'asc' },
  });
  if (cards.length === 0) return;
  const hallCode = new Map(org.districts.flatMap((d) => d.halls.map((h) => [h.id, h.code] as const)));
  const districtCode = new Map(org.districts.map((d) => [d.id, d.code] as const));
  const superiorOf = (card: (typeof cards)[number]) =>
    card.role === 'hall_manager'
      ? org.districtSupervisors[districtCode.get(card.districtId ?? '') ?? '']?.[0]
      : org.hallStaff[hallCode.get(card.hallId) ?? '']?.find((p) => p.role === 'hall_manager');
  const rows = cards.map((card, index) => {
    const superior = superiorOf(card);
    return {
      id: card.id,
      attitude: attitudeOf(card.personId, month),
      assessorId: superior?.id ?? '',
      assessorName: superior?.name ?? '上级',
      self: SELF_COMMENTS[index % SELF_COMMENTS.length]!,
      comment: SUPERIOR_COMMENTS[(index * 3 + 1) % SUPERIOR_COMMENTS.length]!,
    };
  });
  const column = <T>(pick: (row: (typeof rows)[number]) => T) => rows.map(pick);
  await deps.prisma.$transaction([
    deps.prisma.$executeRaw`
      UPDATE ${table('ScorecardLine')} AS line
      SET "value" = t.figure, "enteredByName" = t.name,
          "evidence" = jsonb_build_array(jsonb_build_object('kind', 'ENTERED', 'id', line."scorecardId",
            'title', t.name || ' 录入', 'figure', t.figure, 'link', NULL))
      FROM unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.assessorName)}::text[],
        ${column((r) => r.attitude)}::float8[]) AS t(id, name, figure)
      WHERE line."scorecardId" = t.id AND line."source"::text = 'TEAM_ATTITUDE'`,
    deps.prisma.$executeRaw`
      UPDATE ${table('Scorecard')} AS card
      SET "status" = 'ASSESSED'::${enumType('ScorecardStatus')}, "selfComment" = t.self,
          "selfAssessedAt" = ${when.selfAt}, "assessorId" = NULLIF(t.assessor, '')::uuid, "assessorName" = t.name,
          "assessorComment" = t.comment, "assessedAt" = ${when.assessedAt}
      FROM unnest(${column((r) => r.id)}::uuid[], ${column((r) => r.assessorId)}::text[],
        ${column((r) => r.assessorName)}::text[], ${column((r) => r.self)}::text[],
        ${column((r) => r.comment)}::text[]) AS t(id, assessor, name, self, comment)
      WHERE card."id" = t.id`,
  ]);
}
