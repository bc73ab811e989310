// Contingency plans (应急预案): the city's templates, each save a new revision; a hall's own plans, adapted from a
// template as a copy (the hall is told of a newer revision, never changed by it) and edited by its managers.
import { assertCan } from '@duda/service-kit';
import { can } from '@duda/authz';
import { contingencyErrors, type PlanBody, type planInputs } from '@duda/contract-operations';
import type { z } from 'zod';
import type { OperationsDeps } from '../deps.ts';
import type { HallPlan, PlanTemplate, PlanTemplateRevision } from '../generated/prisma/client.ts';
import { mayRead, readableNodes, type Ctx } from '../access.ts';
import { adaptTemplate, newerTemplateRevision, takeRevision } from '../domain/plan-adapt.ts';

interface OrgNode {
  id: string;
  name: string;
  level: string;
  city: { id: string; name: string } | null;
}

export async function orgNodeOf(deps: OperationsDeps, ctx: Ctx, orgNodeId: string) {
  const [node] = await deps.org.query<OrgNode[]>(ctx, 'nodes', { ids: [orgNodeId] });
  return node ?? null;
}

/** A template's or plan's body as stored (steps and contacts are JSON columns). */
export const bodyOf = (row: PlanTemplate | HallPlan | PlanTemplateRevision): PlanBody => ({
  title: row.title,
  activation: row.activation,
  escalateAt: row.escalateAt as PlanBody['escalateAt'],
  steps: row.steps as PlanBody['steps'],
  contacts: row.contacts as PlanBody['contacts'],
});

const templateView = (row: PlanTemplate) => ({
  id: row.id,
  cityId: row.cityId,
  kind: row.kind,
  revision: row.revision,
  updatedAt: row.updatedAt,
  ...bodyOf(row),
});

/** The city a caller's templates come from: the city of their home node. */
const cityOf = async (deps: OperationsDeps, ctx: Ctx) =>
  (await orgNodeOf(deps, ctx, ctx.actor.homeOrgNodeId))?.city ?? null;

/**
 * The templates of the caller's city, a page at a time (everyone who reads a hall's plans reads the city's
 * templates), each with how many of the caller's halls adopted it and how many of those are on an older revision.
 */
export async function listTemplates(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof planInputs.templates>,
) {
  const nodes = readableNodes(ctx.actor);
  const city = nodes.length === 0 ? null : await cityOf(deps, ctx);
  if (!city) return { mayManage: false, items: [], total: 0 };
  const where = { cityId: city.id, ...(input.kind ? { kind: input.kind } : {}) };
  const [rows, total] = await Promise.all([
    deps.prisma.planTemplate.findMany({
      where,
      orderBy: [{ kind: 'asc' }, { title: 'asc' }, { id: 'asc' }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
    }),
    deps.prisma.planTemplate.count({ where }),
  ]);
  const adopted = await deps.prisma.hallPlan.findMany({
    where: { templateId: { in: rows.map((row) => row.id) }, orgNodeId: { in: nodes } },
    select: { templateId: true, templateRevision: true },
  });
  return {
    mayManage: can(ctx.actor, 'operations.plan.template', { orgNodeId: city.id }),
    items: rows.map((row) => {
      const plans = adopted.filter((plan) => plan.templateId === row.id);
      return {
        ...templateView(row),
        adoptedBy: plans.length,
        behind: plans.filter((plan) => newerTemplateRevision(plan, row) !== null).length,
      };
    }),
    total,
  };
}

/** A template of the caller's city with its revisions, newest first (who saved each, when, and what it said). */
export async function getTemplate(deps: OperationsDeps, ctx: Ctx, id: string) {
  const template = await deps.prisma.planTemplate.findUnique({
    where: { id },
    include: { revisions: { orderBy: { revision: 'desc' } } },
  });
  const city = readableNodes(ctx.actor).length === 0 ? null : await cityOf(deps, ctx);
  if (!template || !city || template.cityId !== city.id) throw contingencyErrors.templateNotFound();
  return {
    ...templateView(template),
    mayManage: can(ctx.actor, 'operations.plan.template', { orgNodeId: template.cityId }),
    revisions: template.revisions.map((row) => ({
      revision: row.revision,
      savedByName: row.savedByName,
      savedAt: row.savedAt,
      ...bodyOf(row),
    })),
  };
}

/** A new template of the caller's city, or the next revision of one; the revision is kept in its history. */
export async function saveTemplate(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof planInputs.saveTemplate>,
) {
  const { id, kind, ...body } = input;
  const author = { savedById: ctx.actor.personId, savedByName: ctx.actor.name };
  if (id) {
    const current = await deps.prisma.planTemplate.findUnique({ where: { id } });
    if (!current || !can(ctx.actor, 'operations.plan.template', { orgNodeId: current.cityId }))
      throw contingencyErrors.templateNotFound();
    const saved = await deps.prisma.$transaction(async (tx) => {
      const next = await tx.planTemplate.update({
        where: { id },
        data: { ...body, kind, revision: { increment: 1 } },
      });
      await tx.planTemplateRevision.create({
        data: { ...body, ...author, templateId: id, revision: next.revision },
      });
      return next;
    });
    return templateView(saved);
  }
  const city = await cityOf(deps, ctx);
  if (!city) throw contingencyErrors.planDenied();
  assertCan(ctx.actor, 'operations.plan.template', { orgNodeId: city.id }, contingencyErrors.planDenied);
  const created = await deps.prisma.planTemplate.create({
    data: { ...body, kind, cityId: city.id, revisions: { create: { ...body, ...author, revision: 1 } } },
  });
  return templateView(created);
}

type PlanRow = HallPlan & { template: PlanTemplate | null };

const planView = (row: PlanRow, actorMayAdapt: boolean) => ({
  id: row.id,
  orgNodeId: row.orgNodeId,
  orgName: row.orgName,
  kind: row.kind,
  templateId: row.templateId,
  templateRevision: row.templateRevision,
  /** A newer revision of its template the hall may want to look at; its plan is unchanged by it. */
  newerTemplateRevision: newerTemplateRevision(row, row.template),
  updatedAt: row.updatedAt,
  mayAdapt: actorMayAdapt,
  ...bodyOf(row),
});

export async function listPlans(deps: OperationsDeps, ctx: Ctx, input: z.infer<typeof planInputs.list>) {
  const nodes = readableNodes(ctx.actor).filter((node) => !input.orgNodeId || node === input.orgNodeId);
  const rows = await deps.prisma.hallPlan.findMany({
    where: { orgNodeId: { in: nodes }, ...(input.kind ? { kind: input.kind } : {}) },
    include: { template: true },
    orderBy: [{ orgName: 'asc' }, { kind: 'asc' }],
  });
  return rows.map((row) =>
    planView(row, can(ctx.actor, 'operations.plan.adapt', { orgNodeId: row.orgNodeId })),
  );
}

/** A plan the caller may read, or NOT_FOUND (the same answer whether it is missing or out of scope). */
export async function readablePlan(deps: OperationsDeps, ctx: Ctx, id: string) {
  const plan = await deps.prisma.hallPlan.findUnique({ where: { id }, include: { template: true } });
  if (!plan || !mayRead(ctx.actor, plan.orgNodeId)) throw contingencyErrors.planNotFound();
  return plan;
}

export async function getPlan(deps: OperationsDeps, ctx: Ctx, id: string) {
  const plan = await readablePlan(deps, ctx, id);
  return planView(plan, can(ctx.actor, 'operations.plan.adapt', { orgNodeId: plan.orgNodeId }));
}

export async function adoptTemplate(deps: OperationsDeps, ctx: Ctx, input: z.infer<typeof planInputs.adopt>) {
  assertCan(ctx.actor, 'operations.plan.adapt', { orgNodeId: input.orgNodeId }, contingencyErrors.planDenied);
  const hall = await orgNodeOf(deps, ctx, input.orgNodeId);
  if (!hall) throw contingencyErrors.planDenied();
  if (hall.level !== 'hall') throw contingencyErrors.notAHall({}, 'orgNodeId');
  const template = await deps.prisma.planTemplate.findUnique({ where: { id: input.templateId } });
  if (!template || template.cityId !== hall.city?.id) throw contingencyErrors.templateNotFound();
  const plan = await deps.prisma.hallPlan.create({
    data: {
      orgNodeId: hall.id,
      orgName: hall.name,
      templateId: template.id,
      kind: template.kind,
      ...adaptTemplate({ ...bodyOf(template), revision: template.revision }),
    },
    include: { template: true },
  });
  return planView(plan, true);
}

/** The hall's edits to its own plan; incidents already started keep the steps they copied. */
export async function updatePlan(deps: OperationsDeps, ctx: Ctx, input: z.infer<typeof planInputs.update>) {
  const { id, ...body } = input;
  const plan = await readablePlan(deps, ctx, id);
  assertCan(ctx.actor, 'operations.plan.adapt', { orgNodeId: plan.orgNodeId }, contingencyErrors.planDenied);
  const saved = await deps.prisma.hallPlan.update({ where: { id }, data: body, include: { template: true } });
  return planView(saved, true);
}

/**
 * 更新为新版: the hall's plan takes its template's current revision — the one its manager compared, refused when
 * the city saved another since — keeping the contacts the hall added itself (`takeRevision`).
 */
export async function takeTemplateRevision(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof planInputs.takeRevision>,
) {
  const plan = await readablePlan(deps, ctx, input.id);
  assertCan(ctx.actor, 'operations.plan.adapt', { orgNodeId: plan.orgNodeId }, contingencyErrors.planDenied);
  const template = plan.template;
  if (!template || plan.templateRevision === null) throw contingencyErrors.notFromTemplate();
  if (plan.templateRevision >= template.revision)
    throw contingencyErrors.alreadyCurrent({ revision: plan.templateRevision });
  if (template.revision !== input.revision)
    throw contingencyErrors.templateMoved({ revision: template.revision }, 'revision');
  const adopted = await deps.prisma.planTemplateRevision.findUnique({
    where: { templateId_revision: { templateId: template.id, revision: plan.templateRevision } },
  });
  const body = takeRevision(bodyOf(plan), adopted && bodyOf(adopted), {
    ...bodyOf(template),
    revision: template.revision,
  });
  // Only while the plan is still on the revision it was read at: two managers updating at once take it once.
  const { count } = await deps.prisma.hallPlan.updateMany({
    where: { id: plan.id, templateRevision: plan.templateRevision },
    data: body,
  });
  if (count === 0) throw contingencyErrors.templateMoved({ revision: template.revision }, 'revision');
  return getPlan(deps, ctx, plan.id);
}
