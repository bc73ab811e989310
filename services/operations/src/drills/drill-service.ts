// Drills (应急演练): scheduled on a hall's plan, run as an incident in drill mode (incidents.start), timed from its
// start to its close, evaluated by the hall's supervisors; counted per hall for the district and the city.
import { assertCan, skipTake, type Page } from '@duda/service-kit';
import { can } from '@duda/authz';
import { contingencyErrors, type DrillRating, type drillInputs } from '@duda/contract-operations';
import { chinaDateOf } from '@duda/month';
import type { z } from 'zod';
import type { OperationsDeps } from '../deps.ts';
import type { Drill, HallPlan, Incident, Prisma } from '../generated/prisma/client.ts';
import { readableNodes, type Ctx } from '../access.ts';
import { drillFigures } from '../domain/drill-figures.ts';
import { drillDue, drillStatus } from '../domain/drill-schedule.ts';
import { minutesTaken } from '../domain/incident-checklist.ts';
import { readablePlan } from '../plans/plan-service.ts';

type DrillRow = Drill & {
  plan: Pick<HallPlan, 'title' | 'kind'>;
  incident: Pick<Incident, 'startedAt' | 'closedAt'> | null;
};

const include = {
  plan: { select: { title: true, kind: true } },
  incident: { select: { startedAt: true, closedAt: true } },
} as const;

function drillView(row: DrillRow, ctx: Ctx, today: string) {
  const status = drillStatus(row);
  return {
    id: row.id,
    planId: row.planId,
    planTitle: row.plan.title,
    kind: row.plan.kind,
    orgNodeId: row.orgNodeId,
    orgName: row.orgName,
    dueOn: row.dueOn,
    scheduledByName: row.scheduledByName,
    incidentId: row.incidentId,
    status,
    due: status === 'SCHEDULED' ? drillDue(row.dueOn, today) : null,
    startedAt: row.incident?.startedAt ?? null,
    closedAt: row.incident?.closedAt ?? null,
    minutes: row.incident ? minutesTaken(row.incident.startedAt, row.incident.closedAt) : null,
    rating: row.rating as DrillRating | null,
    findings: row.findings,
    actions: row.actions,
    evaluatedByName: row.evaluatedByName,
    evaluatedAt: row.evaluatedAt,
    mayEvaluate:
      (status === 'DONE' || status === 'EVALUATED') &&
      can(ctx.actor, 'operations.drill.evaluate', { orgNodeId: row.orgNodeId }),
  };
}

const STATUS_WHERE: Record<string, Prisma.DrillWhereInput> = {
  SCHEDULED: { incidentId: null },
  RUNNING: { incident: { closedAt: null } },
  DONE: { incident: { closedAt: { not: null } }, evaluatedAt: null },
  EVALUATED: { evaluatedAt: { not: null } },
};

export async function listDrills(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof drillInputs.list>,
): Promise<Page<ReturnType<typeof drillView>>> {
  const nodes = readableNodes(ctx.actor).filter((id) => !input.orgNodeId || id === input.orgNodeId);
  const where: Prisma.DrillWhereInput = {
    orgNodeId: { in: nodes },
    ...(input.status ? STATUS_WHERE[input.status] : {}),
  };
  const [rows, total] = await Promise.all([
    deps.prisma.drill.findMany({
      where,
      include,
      orderBy: [{ dueOn: 'desc' }, { id: 'asc' }],
      ...skipTake(input),
    }),
    deps.prisma.drill.count({ where }),
  ]);
  const today = chinaDateOf(deps.now());
  return {
    items: rows.map((row) => drillView(row, ctx, today)),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

/** One drill for its drawer (the inbox's to-dos open it whatever page of the list it is on). */
export async function getDrill(deps: OperationsDeps, ctx: Ctx, id: string) {
  const drill = await readableDrill(deps, ctx, id);
  return drillView(drill, ctx, chinaDateOf(deps.now()));
}

/** A drill the caller may read, or NOT_FOUND (the same answer whether it is missing or out of scope). */
async function readableDrill(deps: OperationsDeps, ctx: Ctx, id: string) {
  const drill = await deps.prisma.drill.findUnique({ where: { id }, include });
  if (!drill || !readableNodes(ctx.actor).includes(drill.orgNodeId)) throw contingencyErrors.drillNotFound();
  return drill;
}

export async function scheduleDrill(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof drillInputs.schedule>,
) {
  const plan = await readablePlan(deps, ctx, input.planId);
  assertCan(
    ctx.actor,
    'operations.drill.schedule',
    { orgNodeId: plan.orgNodeId },
    contingencyErrors.drillDenied,
  );
  const drill = await deps.prisma.drill.create({
    data: {
      planId: plan.id,
      orgNodeId: plan.orgNodeId,
      orgName: plan.orgName,
      dueOn: input.dueOn,
      scheduledByName: ctx.actor.name,
    },
    include,
  });
  return drillView(drill, ctx, chinaDateOf(deps.now()));
}

/** A supervisor's judgement of a held drill (what went wrong, the actions); a later one replaces it. */
export async function evaluateDrill(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof drillInputs.evaluate>,
) {
  const drill = await readableDrill(deps, ctx, input.id);
  assertCan(
    ctx.actor,
    'operations.drill.evaluate',
    { orgNodeId: drill.orgNodeId },
    contingencyErrors.drillDenied,
  );
  if (!drill.incident?.closedAt) throw contingencyErrors.drillNotFinished();
  const saved = await deps.prisma.drill.update({
    where: { id: drill.id },
    data: {
      rating: input.rating,
      findings: input.findings,
      actions: input.actions,
      evaluatedByName: ctx.actor.name,
      evaluatedAt: deps.now(),
    },
    include,
  });
  return drillView(saved, ctx, chinaDateOf(deps.now()));
}

/** Per hall in the caller's scope, the drills due within the year (China calendar). */
export async function drillYearFigures(
  deps: OperationsDeps,
  ctx: Ctx,
  input: z.infer<typeof drillInputs.figures>,
) {
  const rows = await deps.prisma.drill.findMany({
    where: {
      orgNodeId: { in: readableNodes(ctx.actor) },
      dueOn: { gte: `${input.year}-01-01`, lte: `${input.year}-12-31` },
    },
    include,
  });
  const today = chinaDateOf(deps.now());
  return {
    year: input.year,
    halls: drillFigures(
      rows.map((row) => {
        const status = drillStatus(row);
        return {
          orgNodeId: row.orgNodeId,
          orgName: row.orgName,
          status,
          overdue: status === 'SCHEDULED' && drillDue(row.dueOn, today) === 'OVERDUE',
          rating: row.rating as DrillRating | null,
          minutes: row.incident ? minutesTaken(row.incident.startedAt, row.incident.closedAt) : null,
        };
      }),
    ),
  };
}
