// Incidents and drill runs (突发事件处置 / 演练): started on a hall's plan by its managers, a checklist copied from the
// plan whose steps are ticked once each with time and person, notes with photos, the level raised (from the plan's
// level the district is told and has a to-do until it takes it up), closed with a short review. All state is on the
// server, so a phone reloaded mid-way continues where it was.
import { assertCan, skipTake, type Page } from '@duda/service-kit';
import { can } from '@duda/authz';
import {
  contingencyErrors,
  faultPhotoUrl,
  INCIDENT_LEVEL_LABELS,
  type IncidentLevel,
  type incidentInputs,
  type PlanStep,
} from '@duda/contract-operations';
import { chinaDateOf } from '@duda/month';
import type { z } from 'zod';
import type { OperationsDeps } from '../deps.ts';
import type { Incident, IncidentStep, Prisma } from '../generated/prisma/client.ts';
import { mayRead, readableNodes, type Ctx } from '../access.ts';
import {
  checklistProgress,
  isHigherLevel,
  minutesTaken,
  reachesDistrict,
  tickRefusal,
} from '../domain/incident-checklist.ts';
import { readablePlan } from '../plans/plan-service.ts';
import { claimWarning, startableWarning, triggerOf } from './queue-warnings.ts';

const chinaTime = (at: Date) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(at);

const summary = (incident: Incident & { steps: IncidentStep[] }) => ({
  id: incident.id,
  planId: incident.planId,
  orgNodeId: incident.orgNodeId,
  orgName: incident.orgName,
  mode: incident.mode,
  title: incident.title,
  level: incident.level as IncidentLevel,
  escalateAt: incident.escalateAt,
  startedByName: incident.startedByName,
  startedAt: incident.startedAt,
  escalatedAt: incident.escalatedAt,
  acknowledgedAt: incident.acknowledgedAt,
  acknowledgedByName: incident.acknowledgedByName,
  closedAt: incident.closedAt,
  closedByName: incident.closedByName,
  review: incident.review,
  status: incident.closedAt ? ('CLOSED' as const) : ('OPEN' as const),
  progress: checklistProgress(incident.steps),
  minutes: minutesTaken(incident.startedAt, incident.closedAt),
});

export async function listIncidents(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof incidentInputs.list>,
): Promise<Page<ReturnType<typeof summary>>> {
  const nodes = readableNodes(ctx.actor).filter((id) => !input.orgNodeId || id === input.orgNodeId);
  const where: Prisma.IncidentWhereInput = {
    orgNodeId: { in: nodes },
    ...(input.mode ? { mode: input.mode } : {}),
    ...(input.status === 'OPEN' ? { closedAt: null } : {}),
    ...(input.status === 'CLOSED' ? { closedAt: { not: null } } : {}),
  };
  const [rows, total] = await Promise.all([
    deps.prisma.incident.findMany({
      where,
      include: { steps: true },
      orderBy: { startedAt: 'desc' },
      ...skipTake(input),
    }),
    deps.prisma.incident.count({ where }),
  ]);
  return { items: rows.map(summary), total, page: input.page, pageSize: input.pageSize };
}

/** An incident the caller may read, or NOT_FOUND (the same answer whether it is missing or out of scope). */
export async function readableIncident(deps: OperationsDeps, ctx: Ctx, id: string) {
  const incident = await deps.prisma.incident.findUnique({ where: { id } });
  if (!incident || !mayRead(ctx.actor, incident.orgNodeId)) throw contingencyErrors.incidentNotFound();
  return incident;
}

/** The live checklist: steps in order, notes newest last, the drill it runs, and what the caller may do. */
export async function getIncident(deps: OperationsDeps, ctx: Ctx, id: string) {
  await readableIncident(deps, ctx, id);
  const incident = await deps.prisma.incident.findUniqueOrThrow({
    where: { id },
    include: {
      steps: { orderBy: { order: 'asc' } },
      notes: { orderBy: { at: 'asc' } },
      plan: { select: { contacts: true, activation: true } },
      drill: { select: { id: true, dueOn: true } },
      triggerWarning: true,
    },
  });
  const target = { orgNodeId: incident.orgNodeId };
  return {
    ...summary(incident),
    steps: incident.steps.map((step) => ({
      order: step.order,
      text: step.text,
      role: step.role,
      doneAt: step.doneAt,
      doneByName: step.doneByName,
    })),
    notes: incident.notes.map((note) => ({
      id: note.id,
      text: note.text,
      photoUrl: note.photoId ? faultPhotoUrl(note.photoId) : null,
      byName: note.byName,
      at: note.at,
    })),
    contacts: incident.plan.contacts as { name: string; phone: string; duty: string }[],
    activation: incident.plan.activation,
    drillId: incident.drill?.id ?? null,
    /** The second-level queue warning it was started from (由排队预警触发), if any. */
    trigger: triggerOf(incident.triggerWarning),
    mayRun: !incident.closedAt && can(ctx.actor, 'operations.incident.run', target),
    mayAcknowledge:
      !!incident.escalatedAt &&
      !incident.acknowledgedAt &&
      can(ctx.actor, 'operations.incident.oversee', target),
  };
}

export async function startIncident(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof incidentInputs.start>,
) {
  const plan = await readablePlan(deps, ctx, input.planId);
  assertCan(
    ctx.actor,
    'operations.incident.run',
    { orgNodeId: plan.orgNodeId },
    contingencyErrors.incidentDenied,
  );
  const warning = input.warningId ? await startableWarning(deps, ctx, plan, input.warningId) : null;
  const now = deps.now();
  const steps = plan.steps as PlanStep[];
  return deps.prisma.$transaction(async (tx) => {
    if (warning) await claimWarning(tx, warning);
    const incident = await tx.incident.create({
      data: {
        planId: plan.id,
        orgNodeId: plan.orgNodeId,
        orgName: plan.orgName,
        mode: input.mode,
        title: plan.title,
        level: input.level,
        escalateAt: plan.escalateAt,
        startedById: ctx.actor.personId,
        startedByName: ctx.actor.name,
        startedAt: now,
        escalatedAt: reachesDistrict(input.level, plan.escalateAt) ? now : null,
        triggerWarningId: warning?.id ?? null,
        steps: {
          create: steps.map((step, index) => ({ order: index + 1, text: step.text, role: step.role })),
        },
      },
    });
    if (input.mode === 'DRILL') {
      // The run of the hall's next scheduled drill of this plan, or a drill held without one being scheduled.
      const next = await tx.drill.findFirst({
        where: { planId: plan.id, incidentId: null },
        orderBy: { dueOn: 'asc' },
      });
      if (next) await tx.drill.update({ where: { id: next.id }, data: { incidentId: incident.id } });
      else
        await tx.drill.create({
          data: {
            planId: plan.id,
            orgNodeId: plan.orgNodeId,
            orgName: plan.orgName,
            dueOn: chinaDateOf(now),
            scheduledByName: ctx.actor.name,
            incidentId: incident.id,
          },
        });
    }
    return { id: incident.id };
  });
}

/** The incident for a change by the hall's managers: readable, theirs to run, still open. */
async function runnableIncident(deps: OperationsDeps, ctx: Ctx, id: string) {
  const incident = await readableIncident(deps, ctx, id);
  assertCan(
    ctx.actor,
    'operations.incident.run',
    { orgNodeId: incident.orgNodeId },
    contingencyErrors.incidentDenied,
  );
  if (incident.closedAt) throw contingencyErrors.incidentClosed();
  return incident;
}

const alreadyDone = (order: number, by: string, at: Date) =>
  contingencyErrors.stepAlreadyDone({ order, by, at: chinaTime(at) });

export async function tickStep(deps: OperationsDeps, ctx: Ctx, input: z.infer<typeof incidentInputs.tick>) {
  const incident = await runnableIncident(deps, ctx, input.id);
  const steps = await deps.prisma.incidentStep.findMany({ where: { incidentId: incident.id } });
  const refusal = tickRefusal(steps, input.order);
  if (refusal?.refused === 'unknown') throw contingencyErrors.stepUnknown({ order: input.order }, 'order');
  if (refusal?.refused === 'done') throw alreadyDone(refusal.order, refusal.by, refusal.at);
  const now = deps.now();
  // Only an unticked step is ticked: of two phones ticking at once, the second is told who was first.
  const { count } = await deps.prisma.incidentStep.updateMany({
    where: { incidentId: incident.id, order: input.order, doneAt: null },
    data: { doneAt: now, doneById: ctx.actor.personId, doneByName: ctx.actor.name },
  });
  if (count === 0) {
    const first = await deps.prisma.incidentStep.findUniqueOrThrow({
      where: { incidentId_order: { incidentId: incident.id, order: input.order } },
    });
    throw alreadyDone(input.order, first.doneByName ?? '', first.doneAt ?? now);
  }
  return getIncident(deps, ctx, incident.id);
}

export async function addNote(deps: OperationsDeps, ctx: Ctx, input: z.infer<typeof incidentInputs.note>) {
  const incident = await runnableIncident(deps, ctx, input.id);
  if (input.photoId) {
    const photo = await deps.prisma.faultPhoto.findUnique({ where: { id: input.photoId } });
    if (photo?.orgNodeId !== incident.orgNodeId) throw contingencyErrors.photoUnknown({}, 'photoId');
  }
  await deps.prisma.incidentNote.create({
    data: {
      incidentId: incident.id,
      text: input.text,
      photoId: input.photoId ?? null,
      byId: ctx.actor.personId,
      byName: ctx.actor.name,
      at: deps.now(),
    },
  });
  return getIncident(deps, ctx, incident.id);
}

/** Raises the level; reaching the plan's level sends it up to the district (上报区县). */
export async function escalateIncident(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof incidentInputs.escalate>,
) {
  const incident = await runnableIncident(deps, ctx, input.id);
  if (!isHigherLevel(incident.level, input.level)) {
    const label = INCIDENT_LEVEL_LABELS[incident.level as IncidentLevel];
    throw contingencyErrors.levelNotHigher({ level: label['zh-CN'], levelEn: label.en }, 'level');
  }
  const now = deps.now();
  const goesUp = !incident.escalatedAt && reachesDistrict(input.level, incident.escalateAt);
  await deps.prisma.incident.update({
    where: { id: incident.id },
    data: { level: input.level, ...(goesUp ? { escalatedAt: now } : {}) },
  });
  await deps.prisma.incidentNote.create({
    data: {
      incidentId: incident.id,
      text: `升级为${INCIDENT_LEVEL_LABELS[input.level]['zh-CN']}${goesUp ? '，已上报区县' : ''}`,
      byId: ctx.actor.personId,
      byName: ctx.actor.name,
      at: now,
    },
  });
  return getIncident(deps, ctx, incident.id);
}

/** The district takes up an escalated incident: its to-do ends. */
export async function acknowledgeIncident(deps: OperationsDeps, ctx: Ctx, id: string) {
  const incident = await readableIncident(deps, ctx, id);
  assertCan(
    ctx.actor,
    'operations.incident.oversee',
    { orgNodeId: incident.orgNodeId },
    contingencyErrors.incidentDenied,
  );
  const { count } = await deps.prisma.incident.updateMany({
    where: { id, escalatedAt: { not: null }, acknowledgedAt: null },
    data: { acknowledgedAt: deps.now(), acknowledgedByName: ctx.actor.name },
  });
  if (count === 0) throw contingencyErrors.nothingToAcknowledge();
  return getIncident(deps, ctx, id);
}

export async function closeIncident(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof incidentInputs.close>,
) {
  const incident = await runnableIncident(deps, ctx, input.id);
  const { count } = await deps.prisma.incident.updateMany({
    where: { id: incident.id, closedAt: null },
    data: { closedAt: deps.now(), closedByName: ctx.actor.name, review: input.review },
  });
  if (count === 0) throw contingencyErrors.incidentClosed();
  return getIncident(deps, ctx, incident.id);
}
