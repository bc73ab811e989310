// Contingency plans (应急预案): the city's templates, each save a new revision; a hall's own plans, adapted from a
// template as a copy (the hall is told of a newer revision, never changed by it) and edited by its managers.
import { assertCan } from '@duda/service-kit';
import { can } from '@duda/authz';
import { contingencyErrors, type PlanBody, type planInputs } from '@duda/contract-operations';
import type { z } from 'zod';
import type { OperationsDeps } from '../deps.ts';
import type { HallPlan, PlanTemplate } from '../generated/prisma/client.ts';
import { mayRead, readableNodes, type Ctx } from '../access.ts';
import { adaptTemplate, newerTemplateRevision } from '../domain/plan-adapt.ts';

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
export const bodyOf = (row: PlanTemplate | HallPlan): PlanBody => ({
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

/** The templates of the caller's city (everyone who reads a hall's plans reads the city's templates). */
export async function listTemplates(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof planInputs.templates>,
) {
  if (readableNodes(ctx.actor).length === 0) return { mayManage: false, items: [] };
  const city = (await orgNodeOf(deps, ctx, ctx.actor.homeOrgNodeId))?.city;
  if (!city) return { mayManage: false, items: [] };
  const rows = await deps.prisma.planTemplate.findMany({
    where: { cityId: city.id, ...(input.kind ? { kind: input.kind } : {}) },
    orderBy: [{ kind: 'asc' }, { title: 'asc' }],
  });
  return {
    mayManage: can(ctx.actor, 'operations.plan.template', { orgNodeId: city.id }),
    items: rows.map(templateView),
  };
}

/** A new template of the caller's city, or the next revision of one. */
export async function saveTemplate(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof planInputs.saveTemplate>,
) {
  const { id, kind, ...body } = input;
  if (id) {
    const current = await deps.prisma.planTemplate.findUnique({ where: { id } });
    if (!current || !can(ctx.actor, 'operations.plan.template', { orgNodeId: current.cityId }))
      throw contingencyErrors.templateNotFound();
    const saved = await deps.prisma.planTemplate.update({
      where: { id },
      data: { ...body, kind, revision: { increment: 1 } },
    });
    return templateView(saved);
  }
  const city = (await orgNodeOf(deps, ctx, ctx.actor.homeOrgNodeId))?.city;
  if (!city) throw contingencyErrors.planDenied();
  assertCan(ctx.actor, 'operations.plan.template', { orgNodeId: city.id }, contingencyErrors.planDenied);
  return templateView(await deps.prisma.planTemplate.create({ data: { ...body, kind, cityId: city.id } }));
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
