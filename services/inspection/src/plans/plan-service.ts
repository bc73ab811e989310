import { can, scopeOf, type Actor } from '@duda/authz';
import { recordEvent } from '@duda/events';
import { assertCan, skipTake, type CallerContext, type Page, type PageInput } from '@duda/service-kit';
import { isMonthKey, monthLabel } from '@duda/month';
import {
  assertPlannableMonth,
  inspectionErrors,
  type PlanCommand,
  type PlanStatus,
  type PlannedKind,
} from '@duda/contract-inspection';
import {
  assertCrossInspectionEntries,
  planDeadlineWarning,
  planVisibleTo,
  replacePlanEntries,
  transitionPlan,
  type CrossHall,
  type CrossInspector,
  type PlanActor,
  type PlanEntry,
} from '../domain/index.ts';
import type { InspectionDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { planRejected } from '../events/domain-events.ts';
import type { OrgPlace } from '../ports/org-directory.ts';
import { placeOrFail } from '../ports/org-directory.ts';
import { toDomainPlan } from './mapping.ts';

type Ctx = CallerContext & { actor: Actor };

async function planOrFail(deps: InspectionDeps, ctx: Ctx, id: string) {
  const row = await deps.prisma.inspectionPlan.findUnique({
    where: { id },
    include: { entries: { orderBy: { plannedDate: 'asc' } }, events: { orderBy: { at: 'asc' } } },
  });
  if (!row) throw inspectionErrors.planNotFound();
  assertCan(
    ctx.actor,
    'inspection.plan.read',
    { orgNodeId: row.scopeOrgId },
    inspectionErrors.readPlanDenied,
  );
  if (!planVisibleTo(row, planActor(ctx.actor, row.scopeOrgId))) throw inspectionErrors.planDraftPrivate();
  return row;
}

const planActor = (actor: Actor, scopeOrgId: string): PlanActor => ({
  personId: actor.personId,
  supervisesScope: can(actor, 'inspection.plan.edit', { orgNodeId: scopeOrgId }),
  isLeader: can(actor, 'inspection.plan.approve', { orgNodeId: scopeOrgId }),
});

export async function listPlans(
  deps: InspectionDeps,
  ctx: Ctx,
  filter: PageInput & {
    month?: string | null;
    status?: PlanStatus | null;
    kind?: PlannedKind | null;
  },
): Promise<
  Page<{
    id: string;
    title: string;
    scopeName: string;
    month: string;
    status: PlanStatus;
    authorName: string;
    entryCount: number;
    updatedAt: Date;
  }>
> {
  const where: Prisma.InspectionPlanWhereInput = {
    scopeOrgId: { in: scopeOf(ctx.actor, 'inspection.plan.read').orgNodeIds },
    // planVisibleTo as a query: drafts only for their author and the supervisors of their scope.
    OR: [
      { status: { not: 'DRAFT' } },
      { authorId: ctx.actor.personId },
      { scopeOrgId: { in: scopeOf(ctx.actor, 'inspection.plan.edit').orgNodeIds } },
    ],
    ...(filter.month ? { month: filter.month } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    // Plans that schedule at least one inspection of that kind (e.g. every plan with a cross-inspection).
    ...(filter.kind ? { entries: { some: { kind: filter.kind } } } : {}),
  };
  const [rows, total] = await Promise.all([
    deps.prisma.inspectionPlan.findMany({
      where,
      include: { _count: { select: { entries: true } } },
      orderBy: [{ month: 'desc' }, { scopeName: 'asc' }],
      ...skipTake(filter),
    }),
    deps.prisma.inspectionPlan.count({ where }),
  ]);
  const items = rows.map((r) => ({
    id: r.id,
    title: r.title,
    scopeName: r.scopeName,
    month: r.month,
    status: r.status,
    authorName: r.authorName,
    entryCount: r._count.entries,
    updatedAt: r.updatedAt,
  }));
  return { items, total, page: filter.page, pageSize: filter.pageSize };
}

export async function getPlan(deps: InspectionDeps, ctx: Ctx, id: string) {
  const row = await planOrFail(deps, ctx, id);
  const plan = toDomainPlan(row);
  const actor = planActor(ctx.actor, row.scopeOrgId);
  const owner = actor.personId === row.authorId || actor.supervisesScope;
  const templates = await deps.prisma.checklistTemplate.findMany({
    where: { lineId: { in: row.entries.map((e) => e.templateLineId) }, status: 'PUBLISHED' },
    select: { lineId: true, name: true },
  });
  const templateNames = new Map(templates.map((t) => [t.lineId, t.name]));
  return {
    id: row.id,
    title: row.title,
    month: row.month,
    scopeLevel: row.scopeLevel,
    scopeOrgId: row.scopeOrgId,
    scopeName: row.scopeName,
    status: row.status,
    authorName: row.authorName,
    entries: row.entries.map((e) => ({
      id: e.id,
      hallId: e.hallId,
      hallName: e.hallName,
      kind: e.kind,
      templateId: e.templateLineId,
      templateName: templateNames.get(e.templateLineId) ?? '',
      inspectorIds: e.inspectorIds,
      inspectorNames: e.inspectorNames,
      plannedDate: e.plannedDate,
    })),
    history: row.events.map((e) => ({
      at: e.at,
      actor: e.actorName,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      comment: e.comment,
    })),
    warning: planDeadlineWarning(plan, deps.now()),
    can: {
      edit: owner && (row.status === 'DRAFT' || row.status === 'REJECTED'),
      submit: owner && row.status === 'DRAFT',
      revise: owner && row.status === 'REJECTED',
      decide: actor.isLeader && actor.personId !== row.authorId && row.status === 'SUBMITTED',
      publish: owner && row.status === 'APPROVED',
    },
  };
}

export async function createPlan(
  deps: InspectionDeps,
  ctx: Ctx,
  input: { scopeOrgId: string; month: string; title?: string | null },
) {
  if (!isMonthKey(input.month)) throw inspectionErrors.monthFormat({}, 'month');
  assertCan(
    ctx.actor,
    'inspection.plan.edit',
    { orgNodeId: input.scopeOrgId },
    inspectionErrors.planForUnitDenied,
  );
  const scope = await placeOrFail(deps.org, ctx, input.scopeOrgId, 'scopeOrgId');
  if (scope.level !== 'city' && scope.level !== 'district')
    throw inspectionErrors.planScopeLevel({}, 'scopeOrgId');
  const cityId = scope.level === 'city' ? scope.id : scope.city?.id;
  if (!cityId) throw inspectionErrors.noCityOfUnit({}, 'scopeOrgId');
  const existing = await deps.prisma.inspectionPlan.findUnique({
    where: { scopeOrgId_month: { scopeOrgId: scope.id, month: input.month } },
  });
  if (existing) {
    // The existing plan's id travels as a parameter (the message does not name it): the page links to it.
    const params = { scope: scope.name, month: input.month, planId: existing.id };
    throw inspectionErrors.planExists(params);
  }
  assertPlannableMonth(input.month, deps.now());
  const row = await deps.prisma.inspectionPlan.create({
    data: {
      scopeLevel: scope.level === 'city' ? 'CITY' : 'DISTRICT',
      scopeOrgId: scope.id,
      scopeName: scope.name,
      cityId,
      month: input.month,
      title: input.title?.trim() || `${scope.name}${monthLabel(input.month)}服务检查计划`,
      authorId: ctx.actor.personId,
      authorName: ctx.actor.name,
      status: 'DRAFT',
      events: {
        create: {
          at: deps.now(),
          actorId: ctx.actor.personId,
          actorName: ctx.actor.name,
          action: 'CREATE',
          fromStatus: null,
          toStatus: 'DRAFT',
        },
      },
    },
  });
  return { id: row.id };
}

const districtOf = (place: OrgPlace) =>
  place.level === 'district' ? { id: place.id, name: place.name } : place.district;

/** Replaces the plan's entries after checking halls, standards and inspectors against the plan's scope. */
export async function saveEntries(deps: InspectionDeps, ctx: Ctx, id: string, entries: PlanEntry[]) {
  const row = await planOrFail(deps, ctx, id);
  replacePlanEntries(toDomainPlan(row), entries, planActor(ctx.actor, row.scopeOrgId));
  const halls = new Map(
    (
      await deps.org.places(
        ctx,
        entries.map((e) => e.hallId),
      )
    ).map((h) => [h.id, h]),
  );
  const people = await deps.org.people(
    ctx,
    entries.flatMap((e) => e.inspectorIds),
  );
  const homes = new Map(
    (
      await deps.org.places(
        ctx,
        people.map((p) => p.orgNodeId),
      )
    ).map((p) => [p.id, p]),
  );
  const templates = new Set(
    (
      await deps.prisma.checklistTemplate.findMany({
        where: { cityId: row.cityId, kind: 'STANDARD', status: 'PUBLISHED' },
        select: { lineId: true },
      })
    ).map((t) => t.lineId),
  );
  entries.forEach((entry, index) => {
    const hall = halls.get(entry.hallId);
    const inScope =
      hall &&
      hall.level === 'hall' &&
      (hall.district?.id === row.scopeOrgId || hall.city?.id === row.scopeOrgId);
    if (!inScope)
      throw inspectionErrors.entryHallOutOfScope(
        { n: index + 1, scope: row.scopeName },
        `entries.${index}.hallId`,
      );
    if (!templates.has(entry.templateId))
      throw inspectionErrors.entryTemplateUnpublished({ n: index + 1 }, `entries.${index}.templateId`);
  });
  const inspectors = new Map<string, CrossInspector>(
    people.map((p) => {
      const home = homes.get(p.orgNodeId);
      return [p.id, { id: p.id, name: p.name, district: home ? districtOf(home) : null }];
    }),
  );
  const crossHalls = new Map<string, CrossHall>(
    [...halls.values()]
      .filter((h) => h.district)
      .map((h) => [h.id, { id: h.id, name: h.name, district: h.district! }]),
  );
  entries.forEach((entry, index) => {
    const missing = entry.inspectorIds.find((personId) => !inspectors.has(personId));
    if (missing)
      throw inspectionErrors.entryInspectorOutOfScope({ n: index + 1 }, `entries.${index}.inspectorIds`);
  });
  assertCrossInspectionEntries(entries, { halls: crossHalls, inspectors });
  await deps.prisma.$transaction([
    deps.prisma.planEntry.deleteMany({ where: { planId: id } }),
    deps.prisma.planEntry.createMany({
      data: entries.map((e) => ({
        planId: id,
        hallId: e.hallId,
        hallName: halls.get(e.hallId)!.name,
        districtId: halls.get(e.hallId)!.district!.id,
        kind: e.kind,
        templateLineId: e.templateId,
        inspectorIds: [...e.inspectorIds],
        inspectorNames: e.inspectorIds.map((personId) => inspectors.get(personId)!.name),
        plannedDate: e.plannedDate,
      })),
    }),
    deps.prisma.inspectionPlan.update({ where: { id }, data: { updatedAt: deps.now() } }),
  ]);
}

export async function transition(deps: InspectionDeps, ctx: Ctx, id: string, command: PlanCommand) {
  const row = await planOrFail(deps, ctx, id);
  const now = deps.now();
  const { plan, history } = transitionPlan(
    toDomainPlan(row),
    command,
    planActor(ctx.actor, row.scopeOrgId),
    now,
  );
  await deps.prisma.$transaction(async (tx) => {
    const moved = await tx.inspectionPlan.updateMany({
      where: { id, status: row.status },
      data: {
        status: plan.status,
        firstSubmittedAt: plan.firstSubmittedAt,
        ...(plan.status === 'PUBLISHED' ? { publishedAt: now } : {}),
      },
    });
    if (moved.count === 0) throw inspectionErrors.planChangedMeanwhile();
    await tx.planEvent.create({
      data: {
        planId: id,
        at: now,
        actorId: ctx.actor.personId,
        actorName: ctx.actor.name,
        action: history.action,
        fromStatus: history.fromStatus,
        toStatus: history.toStatus,
        comment: history.comment,
      },
    });
    if (plan.status === 'REJECTED')
      await recordEvent(tx, planRejected, {
        planId: id,
        title: row.title,
        scopeOrgId: row.scopeOrgId,
        cityId: row.cityId,
        month: row.month,
        authorId: row.authorId,
        rejectedById: ctx.actor.personId,
        rejectedByName: ctx.actor.name,
        comment: history.comment ?? null,
        rejectedAt: now.toISOString(),
      });
  });
  return { status: plan.status };
}
