// Doing an inspection: start a draft, autosave it, submit it once. Submitting scores the results,
// raises the rectification orders and updates the dashboard rollups in one transaction.
import { can, type Actor } from '@duda/authz';
import { inspectionErrors } from '@duda/contract-inspection';
import { assertCan, type CallerContext } from '@duda/service-kit';
import { assertHallMonthWritable } from '../archive/month-lock.ts';
import {
  scoreInspection,
  validateDraft,
  type InspectionKind,
  type InspectionScore,
  type ItemResult,
} from '@duda/contract-inspection';
import { chinaDateOf, monthOf } from '@duda/month';
import { assertMayStartPlanEntry, assertPlannedMonthBegun, ordersFromInspection } from '../domain/index.ts';
import type { InspectionDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { assertPhotosOfHall } from '../photos/photo-service.ts';
import { placeOrFail } from '../ports/org-directory.ts';
import { toDomainTemplate } from '../templates/mapping.ts';
import type { DraftItemResultInput, ItemResultInput } from '@duda/contract-inspection';
import { addToRollups } from './stats.ts';
import { recordEvent } from '@duda/events';
import { inspectionSubmitted } from '../events/domain-events.ts';

type Ctx = CallerContext & { actor: Actor };

export interface StartInput {
  /** Chosen by the client; repeating a start with the same key returns the same draft. */
  clientKey: string;
  hallId: string;
  kind: InspectionKind;
  planEntryId?: string | null;
  /** The template version, for inspections outside a plan. */
  templateId?: string | null;
}

async function planEntryFor(deps: InspectionDeps, ctx: Ctx, input: StartInput) {
  if (!input.planEntryId) return null;
  const entry = await deps.prisma.planEntry.findUnique({
    where: { id: input.planEntryId },
    include: { plan: true },
  });
  if (!entry || entry.hallId !== input.hallId) throw inspectionErrors.planEntryMissing({}, 'planEntryId');
  if (entry.plan.status !== 'PUBLISHED') throw inspectionErrors.planNotPublished();
  assertMayStartPlanEntry(entry, { kind: input.kind, personId: ctx.actor.personId });
  assertPlannedMonthBegun(
    { kind: entry.kind, month: entry.plan.month },
    { kind: input.kind, month: monthOf(chinaDateOf(deps.now())) },
  );
  return entry;
}

async function templateFor(deps: InspectionDeps, input: StartInput, cityId: string, lineId: string | null) {
  const where: Prisma.ChecklistTemplateWhereInput =
    input.kind === 'DAILY'
      ? { cityId, kind: 'DAILY', status: 'PUBLISHED' }
      : lineId
        ? { lineId, status: 'PUBLISHED' }
        : {
            id: input.templateId ?? '00000000-0000-0000-0000-000000000000',
            status: 'PUBLISHED',
            kind: 'STANDARD',
          };
  const template = await deps.prisma.checklistTemplate.findFirst({ where, orderBy: { version: 'desc' } });
  if (!template) {
    throw input.kind === 'DAILY'
      ? inspectionErrors.noDailyChecklist()
      : inspectionErrors.chooseTemplate({}, 'templateId');
  }
  if (template.cityId !== cityId) throw inspectionErrors.templateOfOtherCity({}, 'templateId');
  return template;
}

async function hallOrFail(deps: InspectionDeps, ctx: Ctx, hallId: string) {
  const place = await placeOrFail(deps.org, ctx, hallId);
  if (place.level !== 'hall') throw inspectionErrors.hallsOnly({}, 'hallId');
  if (!place.active) throw inspectionErrors.hallInactive({ hall: place.name }, 'hallId');
  if (!place.district || !place.city) throw inspectionErrors.hallOutsideTree({}, 'hallId');
  return { id: place.id, name: place.name, district: place.district, city: place.city };
}

/** Who may start which kind: the hall itself for daily/self checks, supervisors or assigned inspectors otherwise. */
function assertMayStart(actor: Actor, kind: InspectionKind, hallId: string, assigned: boolean) {
  if (kind === 'DAILY' || kind === 'SELF_CHECK') {
    return assertCan(actor, 'inspection.selfcheck', { orgNodeId: hallId }, inspectionErrors.selfCheckDenied);
  }
  if (kind === 'CROSS' && !assigned) throw inspectionErrors.crossInspectorNotAssigned();
  if (!assigned)
    assertCan(actor, 'inspection.perform', { orgNodeId: hallId }, inspectionErrors.inspectHallDenied);
}

export async function startInspection(deps: InspectionDeps, ctx: Ctx, input: StartInput) {
  const existing = await deps.prisma.inspection.findUnique({ where: { clientKey: input.clientKey } });
  if (existing) {
    if (existing.inspectorId !== ctx.actor.personId) throw inspectionErrors.inspectionKeyTaken();
    return { id: existing.id };
  }
  const entry = await planEntryFor(deps, ctx, input);
  const assigned = entry?.inspectorIds.includes(ctx.actor.personId) ?? false;
  assertMayStart(ctx.actor, input.kind, input.hallId, assigned);
  // A planned inspection takes the hall as the plan recorded it: a cross-inspector cannot look up a hall
  // of another district through the org service, and does not need to.
  const place = entry
    ? {
        id: entry.hallId,
        name: entry.hallName,
        district: { id: entry.districtId },
        city: { id: entry.plan.cityId },
      }
    : await hallOrFail(deps, ctx, input.hallId);
  const now = deps.now();
  const inspectedOn = chinaDateOf(now);
  const month = monthOf(inspectedOn);
  const scope = { districtId: place.district.id, cityId: place.city.id };
  await assertHallMonthWritable(deps, scope, month);
  const template = await templateFor(deps, input, place.city.id, entry?.templateLineId ?? null);
  const row = await deps.prisma.inspection.create({
    data: {
      clientKey: input.clientKey,
      kind: input.kind,
      status: 'DRAFT',
      hallId: place.id,
      hallName: place.name,
      ...scope,
      templateId: template.id,
      planEntryId: entry?.id ?? null,
      inspectorId: ctx.actor.personId,
      inspectorName: ctx.actor.name,
      assigneeIds: entry?.kind === 'CROSS' ? entry.inspectorIds : [],
      inspectedOn,
      month,
      startedAt: now,
    },
  });
  return { id: row.id };
}

export async function ownDraft(deps: InspectionDeps, ctx: Ctx, id: string) {
  const row = await deps.prisma.inspection.findUnique({ where: { id }, include: { template: true } });
  if (!row) throw inspectionErrors.inspectionNotFound();
  if (row.inspectorId !== ctx.actor.personId) throw inspectionErrors.notYourInspection();
  return row;
}

export const asDomainResults = (results: readonly (ItemResultInput | DraftItemResultInput)[]): ItemResult[] =>
  results.filter((r): r is ItemResultInput => r.outcome !== null && r.outcome !== undefined);

/**
 * Autosave. `revision` is the revision the client last saw; a save from a stale copy (another tab, a
 * phone that was offline) is refused rather than silently overwriting newer work.
 */
export async function saveDraft(
  deps: InspectionDeps,
  ctx: Ctx,
  input: { id: string; revision: number; results: DraftItemResultInput[]; summary?: string | null },
) {
  const row = await ownDraft(deps, ctx, input.id);
  if (row.status !== 'DRAFT') throw inspectionErrors.inspectionSubmitted();
  validateDraft(toDomainTemplate(row.template), asDomainResults(input.results));
  await assertPhotosOfHall(
    deps,
    row.hallId,
    input.results.flatMap((r) => r.photoIds),
    'results',
  );
  const now = deps.now();
  const saved = await deps.prisma.inspection.updateMany({
    where: { id: row.id, status: 'DRAFT', draftRevision: input.revision },
    data: {
      draftResults: input.results as unknown as Prisma.InputJsonValue,
      summary: input.summary ?? null,
      draftRevision: { increment: 1 },
      updatedAt: now,
    },
  });
  if (saved.count === 0) throw inspectionErrors.draftChangedElsewhere();
  return { revision: input.revision + 1, savedAt: now };
}

export interface SubmitOutcome {
  id: string;
  total: number;
  passed: boolean;
  vetoed: boolean;
  problemCount: number;
  ordersIssued: number;
}

const storedOutcome = (
  row: {
    id: string;
    total: number | null;
    passed: boolean | null;
    vetoed: boolean | null;
    problemCount: number;
  },
  ordersIssued: number,
): SubmitOutcome => ({
  id: row.id,
  total: row.total ?? 0,
  passed: row.passed ?? false,
  vetoed: row.vetoed ?? false,
  problemCount: row.problemCount,
  ordersIssued,
});

/** Submits the final results. Submitting again (a retry after a dropped connection) returns the first outcome. */
export async function submitInspection(
  deps: InspectionDeps,
  ctx: Ctx,
  input: { id: string; results: ItemResultInput[]; summary?: string | null },
): Promise<SubmitOutcome> {
  const row = await ownDraft(deps, ctx, input.id);
  if (row.status === 'SUBMITTED')
    return storedOutcome(
      row,
      await deps.prisma.rectificationOrder.count({ where: { inspectionId: row.id } }),
    );
  await assertHallMonthWritable(deps, row, row.month);
  const template = toDomainTemplate(row.template);
  const score = scoreInspection(template, input.results);
  await assertPhotosOfHall(
    deps,
    row.hallId,
    input.results.flatMap((r) => r.photoIds),
    'results',
  );
  const now = deps.now();
  const header = {
    id: row.id,
    hallId: row.hallId,
    kind: row.kind,
    status: 'SUBMITTED' as const,
    inspectedOn: row.inspectedOn,
  };
  // Mystery-shopper orders and rollups wait for publication, so the hall learns nothing before then.
  const visibleToHall = row.kind !== 'MYSTERY';
  const orders = visibleToHall ? ordersFromInspection(score, header, deps.policy, now) : [];
  return deps.prisma.$transaction(async (tx) => {
    const claimed = await tx.inspection.updateMany({
      where: { id: row.id, status: 'DRAFT' },
      data: {
        status: 'SUBMITTED',
        submittedAt: now,
        finishedAt: now,
        total: score.total,
        passed: score.passed,
        vetoed: score.vetoed,
        problemCount: score.problems.length,
        sectionScores: score.sections as unknown as Prisma.InputJsonValue,
        summary: input.summary ?? row.summary,
        draftResults: undefined,
      },
    });
    if (claimed.count === 0) {
      const current = await tx.inspection.findUniqueOrThrow({ where: { id: row.id } });
      return storedOutcome(current, await tx.rectificationOrder.count({ where: { inspectionId: row.id } }));
    }
    await writeResults(tx, row.id, template.sections, input.results, score);
    await issueOrders(tx, row, orders, ctx.actor, now);
    if (visibleToHall)
      await addToRollups(
        tx,
        row,
        score,
        titlesOf(template.sections),
        input.results.filter((r) => r.outcome !== 'NA').map((r) => r.itemCode),
      );
    await recordEvent(tx, inspectionSubmitted, {
      inspectionId: row.id,
      hallId: row.hallId,
      districtId: row.districtId,
      cityId: row.cityId,
      kind: row.kind,
      month: row.month,
      inspectorId: row.inspectorId,
      total: score.total,
      passed: score.passed,
      vetoed: score.vetoed,
      problemCount: score.problems.length,
      ordersIssued: orders.length,
      visibleToHall,
      submittedAt: now.toISOString(),
    });
    return {
      id: row.id,
      total: score.total,
      passed: score.passed,
      vetoed: score.vetoed,
      problemCount: score.problems.length,
      ordersIssued: orders.length,
    };
  });
}

type Tx = Prisma.TransactionClient;
type Sections = ReturnType<typeof toDomainTemplate>['sections'];

const titlesOf = (sections: Sections) =>
  new Map(
    sections.flatMap((s) => s.items.map((i) => [i.code, { title: i.title, section: s.name }] as const)),
  );

async function writeResults(
  tx: Tx,
  inspectionId: string,
  sections: Sections,
  results: readonly ItemResultInput[],
  score: InspectionScore,
) {
  const sectionOf = new Map(sections.flatMap((s) => s.items.map((i) => [i.code, s.code] as const)));
  const problems = new Set(score.problems.map((p) => p.itemCode));
  await tx.itemResult.createMany({
    data: results.map((r) => ({
      inspectionId,
      itemCode: r.itemCode,
      sectionCode: sectionOf.get(r.itemCode) ?? '',
      outcome: typeof r.outcome === 'number' ? 'POINTS' : r.outcome,
      points: typeof r.outcome === 'number' ? r.outcome : null,
      problem: problems.has(r.itemCode),
      note: r.note ?? null,
      photoIds: r.photoIds,
    })),
  });
}

async function issueOrders(
  tx: Tx,
  inspection: {
    id: string;
    hallName: string;
    districtId: string;
    cityId: string;
    month: string;
    inspectorId: string;
    inspectorName: string;
  },
  orders: ReturnType<typeof ordersFromInspection>,
  actor: Actor,
  now: Date,
) {
  for (const order of orders) {
    await tx.rectificationOrder.create({
      data: {
        inspectionId: inspection.id,
        hallId: order.hallId,
        hallName: inspection.hallName,
        districtId: inspection.districtId,
        cityId: inspection.cityId,
        month: inspection.month,
        itemCode: order.itemCode,
        itemTitle: order.itemTitle,
        sectionName: order.sectionName,
        severity: order.severity,
        veto: order.veto,
        problem: order.problem,
        problemPhotoIds: [...order.problemPhotoIds],
        evidenceRequired: order.evidenceRequired,
        status: 'OPEN',
        attempt: order.attempt,
        issuedAt: order.issuedAt,
        deadline: order.deadline,
        verifierId: inspection.inspectorId,
        verifierName: inspection.inspectorName,
        events: {
          create: {
            at: now,
            actorId: actor.personId,
            actorName: actor.name,
            action: 'ISSUE',
            fromStatus: 'OPEN',
            toStatus: 'OPEN',
            comment: null,
          },
        },
      },
    });
  }
}

/** The city publishes a mystery-shopper visit: the hall sees it, its orders are issued, it counts in rankings. */
export async function publishMystery(deps: InspectionDeps, ctx: Ctx, id: string) {
  const row = await deps.prisma.inspection.findUnique({
    where: { id },
    include: { template: true, results: true },
  });
  if (!row || row.kind !== 'MYSTERY') throw inspectionErrors.mysteryNotFound();
  assertCan(
    ctx.actor,
    'inspection.mystery.publish',
    { orgNodeId: row.hallId },
    inspectionErrors.publishMysteryDenied,
  );
  if (row.status !== 'SUBMITTED') throw inspectionErrors.mysteryNotSubmitted();
  if (row.mysteryPublishedAt) return { publishedAt: row.mysteryPublishedAt };
  const template = toDomainTemplate(row.template);
  const results: ItemResult[] = row.results.map((r) => ({
    itemCode: r.itemCode,
    outcome: r.outcome === 'POINTS' ? (r.points ?? 0) : (r.outcome as ItemResult['outcome']),
    note: r.note,
    photoIds: r.photoIds,
  }));
  const score = scoreInspection(template, results);
  const now = deps.now();
  const header = {
    id: row.id,
    hallId: row.hallId,
    kind: row.kind,
    status: 'SUBMITTED' as const,
    inspectedOn: row.inspectedOn,
  };
  const orders = ordersFromInspection(score, header, deps.policy, now);
  await deps.prisma.$transaction(async (tx) => {
    const claimed = await tx.inspection.updateMany({
      where: { id, mysteryPublishedAt: null },
      data: { mysteryPublishedAt: now },
    });
    if (claimed.count === 0) return;
    await issueOrders(tx, row, orders, ctx.actor, now);
    await addToRollups(
      tx,
      row,
      score,
      titlesOf(template.sections),
      results.filter((r) => r.outcome !== 'NA').map((r) => r.itemCode),
    );
  });
  return { publishedAt: now };
}

/** Whether the caller may verify orders of an inspection: its inspector or the supervising level. */
export const mayVerify = (actor: Actor, order: { verifierId: string; hallId: string }) =>
  order.verifierId === actor.personId || can(actor, 'rectification.verify', { orgNodeId: order.hallId });
