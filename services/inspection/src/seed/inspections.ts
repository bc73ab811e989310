import {
  scoreInspection,
  type ChecklistTemplate,
  type InspectionKind,
  type InspectionScore,
  type ItemResult,
} from '@duda/contract-inspection';
import { addCalendarDays, chinaDateOf, monthOf } from '@duda/month';
import { ordersFromInspection, type RectificationOrder, type RectificationPolicy } from '../domain/index.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { InspectionPrisma } from '../prisma.ts';
import type { DemoHall, DemoOrg } from './demo-org.ts';
import type { SeededEntry } from './plans.ts';
import type { Random } from './random.ts';
import { generateResults } from './results.ts';
import { at } from './time.ts';

type Template = ChecklistTemplate & { rowId: string };

interface Context {
  org: DemoOrg;
  halls: DemoHall[];
  plans: SeededEntry[];
  templates: { standardFor: (month: string) => Template; daily: Template };
  photos: Map<string, string[]>;
  now: Date;
  random: Random;
  policy: RectificationPolicy;
}

interface Planned {
  hall: DemoHall;
  kind: InspectionKind;
  inspector: { id: string; name: string };
  assigneeIds: string[];
  planEntryId: string | null;
  date: string;
  hour?: number;
  template: Template;
  draft?: boolean;
}

/** Rows collected in memory and written in bulk: a few thousand inserts one by one would slow start-up. */
interface Rows {
  inspections: Prisma.InspectionCreateManyInput[];
  results: Prisma.ItemResultCreateManyInput[];
  orders: Prisma.RectificationOrderCreateManyInput[];
  events: Prisma.RectificationEventCreateManyInput[];
}

const NOTES_GOOD = [
  '整体服务规范，员工精神面貌良好。',
  '现场秩序井然，高峰时段分流及时。',
  '环境整洁，营销物料更新及时。',
];

/** What a seeded order went through, decided by how long ago it was issued. */
function orderFate(order: RectificationOrder, now: Date, closeAll: boolean, random: Random) {
  const ageDays = (now.getTime() - order.issuedAt.getTime()) / 86_400_000;
  if (closeAll || (ageDays > 20 && random.chance(0.93))) return 'ACCEPTED' as const;
  const roll = random.next();
  if (ageDays < 1) return 'OPEN' as const;
  if (roll < 0.45) return 'ACCEPTED' as const;
  if (roll < 0.65) return 'RESPONDED' as const;
  if (roll < 0.72) return 'REJECTED_BACK' as const;
  return 'OPEN' as const;
}

/**
 * Submitted inspections for every planned visit up to today, two daily checks a day for the last two
 * weeks, one unfinished draft, and the rectification orders and rollups a real submission would produce.
 */
export async function seedInspections(prisma: InspectionPrisma, ctx: Context) {
  const { random, now } = ctx;
  const today = chinaDateOf(now);
  const oldestMonth = ctx.plans.reduce((m, e) => (e.month < m ? e.month : m), '9999-99');
  const planned: Planned[] = ctx.plans
    .filter((e) => e.planStatus === 'PUBLISHED' && e.plannedDate < today)
    .map((e) => ({
      hall: e.hall,
      kind: e.kind,
      inspector: e.inspector,
      assigneeIds: e.assigneeIds,
      planEntryId: e.id,
      date: e.plannedDate,
      template: ctx.templates.standardFor(e.month),
    }));
  // The 上城区 supervisor has started today's visit to 湖滨 but not finished it.
  const hubin = ctx.halls.find((h) => h.code === 'HZ-SC-01')!;
  planned.push({
    hall: hubin,
    kind: 'MONTHLY_VISIT',
    inspector: ctx.org.demoPeople['sc.sup']!,
    assigneeIds: [],
    planEntryId: null,
    date: today,
    template: ctx.templates.standardFor(monthOf(today)),
    draft: true,
  });
  for (let back = 13; back >= 0; back--) {
    const date = addCalendarDays(today, -back);
    for (const hall of ctx.halls) {
      for (const hour of back === 0 ? [9] : [9, 15]) {
        planned.push({
          hall,
          kind: 'DAILY',
          inspector: hall.manager,
          assigneeIds: [],
          planEntryId: null,
          date,
          hour,
          template: ctx.templates.daily,
        });
      }
    }
  }

  const rollupHall = new Map<string, Prisma.HallMonthStatCreateManyInput>();
  const rollupItem = new Map<string, Prisma.ItemMonthStatCreateManyInput>();
  const rows: Rows = { inspections: [], results: [], orders: [], events: [] };

  for (const p of planned) {
    const results: ItemResult[] = generateResults(
      p.template,
      p.kind === 'DAILY' ? Math.min(0.99, p.hall.quality + 0.08) : p.hall.quality,
      ctx.photos.get(p.hall.id) ?? [],
      random,
    );
    const startedAt = at(p.date, p.hour ?? random.int(9, 15));
    const month = monthOf(p.date);
    const base = {
      kind: p.kind,
      hallId: p.hall.id,
      hallName: p.hall.name,
      districtId: p.hall.districtId,
      cityId: ctx.org.cityId,
      templateId: p.template.rowId,
      planEntryId: p.planEntryId,
      inspectorId: p.inspector.id,
      inspectorName: p.inspector.name,
      assigneeIds: p.assigneeIds,
      inspectedOn: p.date,
      month,
      startedAt,
    };
    const id = crypto.randomUUID();
    if (p.draft) {
      rows.inspections.push({
        ...base,
        id,
        status: 'DRAFT',
        draftRevision: 3,
        draftResults: results.slice(0, 12) as unknown as Prisma.InputJsonValue,
      });
      continue;
    }
    const score: InspectionScore = scoreInspection(p.template, results);
    const submittedAt = new Date(startedAt.getTime() + 75 * 60_000);
    // The most recent mystery-shopper visit is not published yet; the hall must not see it.
    const mysteryPublishedAt =
      p.kind === 'MYSTERY' && month !== monthOf(today) ? at(addCalendarDays(p.date, 5), 10) : null;
    const visible = p.kind !== 'MYSTERY' || mysteryPublishedAt !== null;
    rows.inspections.push({
      ...base,
      id,
      status: 'SUBMITTED',
      submittedAt,
      finishedAt: submittedAt,
      total: score.total,
      passed: score.passed,
      vetoed: score.vetoed,
      problemCount: score.problems.length,
      sectionScores: score.sections as unknown as Prisma.InputJsonValue,
      summary:
        score.problems.length === 0
          ? random.pick(NOTES_GOOD)
          : `发现 ${score.problems.length} 项问题，已现场反馈店面经理。`,
      mysteryPublishedAt,
    });
    for (const r of results) {
      rows.results.push({
        inspectionId: id,
        itemCode: r.itemCode,
        sectionCode: p.template.sections.find((s) => s.items.some((i) => i.code === r.itemCode))!.code,
        outcome: typeof r.outcome === 'number' ? 'POINTS' : r.outcome,
        points: typeof r.outcome === 'number' ? r.outcome : null,
        problem: score.problems.some((x) => x.itemCode === r.itemCode),
        note: r.note ?? null,
        photoIds: [...(r.photoIds ?? [])],
      });
    }
    if (!visible) continue;
    addRollups(rollupHall, rollupItem, p, month, ctx.org.cityId, score, results);
    const issuedAt = mysteryPublishedAt ?? submittedAt;
    const header = { id, hallId: p.hall.id, kind: p.kind, status: 'SUBMITTED' as const, inspectedOn: p.date };
    for (const order of ordersFromInspection(score, header, ctx.policy, issuedAt)) {
      addOrder(rows, order, p, month, ctx, month === oldestMonth);
    }
  }
  const inChunks = async <T>(list: T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < list.length; i += 2000) await write(list.slice(i, i + 2000));
  };
  await inChunks(rows.inspections, (data) => prisma.inspection.createMany({ data }));
  await inChunks(rows.results, (data) => prisma.itemResult.createMany({ data }));
  await inChunks(rows.orders, (data) => prisma.rectificationOrder.createMany({ data }));
  await inChunks(rows.events, (data) => prisma.rectificationEvent.createMany({ data }));
  await prisma.hallMonthStat.createMany({ data: [...rollupHall.values()] });
  await prisma.itemMonthStat.createMany({ data: [...rollupItem.values()] });
  return { inspections: rows.inspections.length, orders: rows.orders.length };
}

function addRollups(
  halls: Map<string, Prisma.HallMonthStatCreateManyInput>,
  items: Map<string, Prisma.ItemMonthStatCreateManyInput>,
  p: Planned,
  month: string,
  cityId: string,
  score: InspectionScore,
  results: ItemResult[],
) {
  const key = `${p.hall.id}|${month}|${p.kind}`;
  const h = halls.get(key) ?? {
    hallId: p.hall.id,
    month,
    kind: p.kind,
    hallName: p.hall.name,
    districtId: p.hall.districtId,
    cityId,
    inspections: 0,
    scoreSum: 0,
    passedCount: 0,
    vetoedCount: 0,
    problemCount: 0,
  };
  h.inspections += 1;
  h.scoreSum += score.total;
  h.passedCount += score.passed ? 1 : 0;
  h.vetoedCount += score.vetoed ? 1 : 0;
  h.problemCount += score.problems.length;
  halls.set(key, h);
  const problems = new Set(score.problems.map((x) => x.itemCode));
  for (const r of results) {
    if (r.outcome === 'NA') continue;
    const section = p.template.sections.find((s) => s.items.some((i) => i.code === r.itemCode))!;
    const itemKey = `${key}|${r.itemCode}`;
    const it = items.get(itemKey) ?? {
      hallId: p.hall.id,
      month,
      kind: p.kind,
      itemCode: r.itemCode,
      itemTitle: section.items.find((i) => i.code === r.itemCode)!.title,
      sectionName: section.name,
      districtId: p.hall.districtId,
      cityId,
      inspected: 0,
      problems: 0,
    };
    it.inspected += 1;
    it.problems += problems.has(r.itemCode) ? 1 : 0;
    items.set(itemKey, it);
  }
}

const MEASURES = [
  '已组织全员重新学习服务规范，并在班前会上逐一演练。',
  '已清理并重新布置，现场照片见附件。',
  '已联系厂家维修，设备恢复正常使用。',
  '已更换过期物料，安排专人每周检查。',
];

function addOrder(
  rows: Rows,
  order: RectificationOrder,
  p: Planned,
  month: string,
  ctx: Context,
  closeAll: boolean,
) {
  const orderId = crypto.randomUUID();
  const fate = orderFate(order, ctx.now, closeAll, ctx.random);
  const respondedAt = new Date(order.issuedAt.getTime() + ctx.random.int(4, 40) * 3_600_000);
  const verifiedAt = new Date(respondedAt.getTime() + ctx.random.int(2, 30) * 3_600_000);
  const responded = fate !== 'OPEN' && respondedAt < ctx.now;
  const evidence = ctx.photos.get(p.hall.id)?.slice(1, 2) ?? [];
  const events: Omit<Prisma.RectificationEventCreateManyInput, 'orderId'>[] = [
    {
      at: order.issuedAt,
      actorId: p.inspector.id,
      actorName: p.inspector.name,
      action: 'ISSUE',
      fromStatus: 'OPEN',
      toStatus: 'OPEN',
    },
  ];
  if (responded)
    events.push({
      at: respondedAt,
      actorId: p.hall.manager.id,
      actorName: p.hall.manager.name,
      action: 'RESPOND',
      fromStatus: 'OPEN',
      toStatus: 'RESPONDED',
      comment: MEASURES[0],
    });
  if (fate === 'ACCEPTED' && responded)
    events.push({
      at: verifiedAt,
      actorId: p.inspector.id,
      actorName: p.inspector.name,
      action: 'ACCEPT',
      fromStatus: 'RESPONDED',
      toStatus: 'ACCEPTED',
      comment: '现场复查已整改到位。',
    });
  if (fate === 'REJECTED_BACK' && responded)
    events.push({
      at: verifiedAt,
      actorId: p.inspector.id,
      actorName: p.inspector.name,
      action: 'REJECT_BACK',
      fromStatus: 'RESPONDED',
      toStatus: 'REJECTED_BACK',
      comment: '照片未体现整改后的效果，请补充。',
    });
  const status = responded ? fate : 'OPEN';
  rows.events.push(...events.map((e) => ({ ...e, orderId })));
  rows.orders.push({
    id: orderId,
    inspectionId: order.inspectionId,
    hallId: order.hallId,
    hallName: p.hall.name,
    districtId: p.hall.districtId,
    cityId: ctx.org.cityId,
    month,
    itemCode: order.itemCode,
    itemTitle: order.itemTitle,
    sectionName: order.sectionName,
    severity: order.severity,
    veto: order.veto,
    problem: order.problem,
    problemPhotoIds: [...order.problemPhotoIds],
    evidenceRequired: order.evidenceRequired,
    status,
    attempt: status === 'REJECTED_BACK' ? 2 : 1,
    issuedAt: order.issuedAt,
    deadline: order.deadline,
    verifierId: p.inspector.id,
    verifierName: p.inspector.name,
    responseMeasures: responded ? ctx.random.pick(MEASURES) : null,
    responsePhotoIds: responded ? evidence : [],
    respondedAt: responded ? respondedAt : null,
    respondedById: responded ? p.hall.manager.id : null,
    rejectReason: status === 'REJECTED_BACK' ? '照片未体现整改后的效果，请补充。' : null,
    closedAt: status === 'ACCEPTED' ? verifiedAt : null,
  });
}
