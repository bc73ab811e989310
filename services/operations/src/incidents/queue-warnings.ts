// Inspection's second-level queue warning (二级排队预警) offers the hall's crowding plan (客流拥堵应急预案): kept from
// inspection's events (this area never reads inspection's tables), a to-do of the hall's managers that opens the
// start page with the plan and the warning chosen, and the start that records the warning as the incident's trigger.
import { can } from '@duda/authz';
import { queueWarningPayload, type QueueWarningPayload } from '@duda/contract-inspection';
import { definePendingKinds, type PendingAction } from '@duda/contract-kit';
import { queueWarningErrors } from '@duda/contract-operations';
import { defineEvent, subscribe, type Subscription } from '@duda/events';
import type { OperationsDeps } from '../deps.ts';
import { database } from '../database.ts';
import { Prisma as PrismaSql, type Prisma, type QueueWarning } from '../generated/prisma/client.ts';
import { mayRead, nodesFor, type Ctx } from '../access.ts';
import { WARNING_OFFER_HOURS, warningOffer, type WarningOfferState } from './warning-offer.ts';

/** services/inspection's events, read with inspection's contract (either may run in its own process). */
export const queueWarningRaised = defineEvent('queue.warning.raised', queueWarningPayload);
export const queueWarningAcknowledged = defineEvent('queue.warning.acknowledged', queueWarningPayload);

/**
 * Keeps a second-level warning (a first-level one offers nothing here). Naturally idempotent: the row's id is the
 * warning's, a redelivered or late event only sets what it knows, and an acknowledgement is never undone by a
 * `raised` that arrives after it (order between events is not guaranteed).
 */
export async function keepQueueWarning(deps: Pick<OperationsDeps, 'prisma'>, p: QueueWarningPayload) {
  if (p.level !== 2) return;
  const acknowledgedAt = p.acknowledgedAt ? new Date(p.acknowledgedAt) : null;
  await deps.prisma.queueWarning.upsert({
    where: { id: p.warningId },
    create: {
      id: p.warningId,
      orgNodeId: p.hallId,
      orgName: p.hallName,
      districtId: p.districtId,
      cityId: p.cityId,
      waitingCustomers: p.waitingCustomers,
      openCounters: p.openCounters,
      at: new Date(p.at),
      acknowledgedAt,
    },
    update: acknowledgedAt ? { acknowledgedAt } : {},
  });
}

export const queueWarningSubscriptions = (deps: Pick<OperationsDeps, 'prisma'>): Subscription[] => [
  subscribe(queueWarningRaised, 'keep-queue-warning', (e) => keepQueueWarning(deps, e.payload)),
  subscribe(queueWarningAcknowledged, 'keep-queue-warning-acknowledged', (e) =>
    keepQueueWarning(deps, e.payload),
  ),
];

/** When each hall last started an incident from a queue warning. */
async function lastTriggeredStarts(deps: OperationsDeps, halls: string[]) {
  const rows = await deps.prisma.incident.groupBy({
    by: ['orgNodeId'],
    where: { orgNodeId: { in: halls }, triggerWarningId: { not: null } },
    _max: { startedAt: true },
  });
  return new Map(rows.map((row) => [row.orgNodeId, row._max.startedAt]));
}

const crowdingPlanOf = (db: Prisma.TransactionClient | OperationsDeps['prisma'], hallId: string) =>
  db.hallPlan.findFirst({
    where: { orgNodeId: hallId, kind: 'CROWDING' },
    orderBy: { updatedAt: 'desc' },
    select: { id: true, title: true },
  });

const stateOf = async (deps: OperationsDeps, warning: QueueWarning): Promise<WarningOfferState> =>
  warningOffer(
    warning,
    (await lastTriggeredStarts(deps, [warning.orgNodeId])).get(warning.orgNodeId) ?? null,
    deps.now(),
  );

export const queueWarningPendingKinds = definePendingKinds('operations', {
  'queueWarning.start': {
    'zh-CN': '排队预警：启动客流拥堵预案',
    en: 'Queue warning: start the crowding plan',
  },
  'queueWarning.adoptPlan': {
    'zh-CN': '排队预警：先制定客流拥堵预案',
    en: 'Queue warning: adopt a crowding plan first',
  },
});

const chinaClock = (at: Date) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(at);

/** One to-do per hall of the caller's managers: its newest live second-level warning. */
export async function queueWarningPending(deps: OperationsDeps, ctx: Ctx): Promise<PendingAction[]> {
  const halls = nodesFor(ctx.actor, 'operations.incident.run');
  if (halls.length === 0) return [];
  const now = deps.now();
  const warnings = await deps.prisma.queueWarning.findMany({
    where: {
      orgNodeId: { in: halls },
      acknowledgedAt: null,
      at: { gte: new Date(now.getTime() - WARNING_OFFER_HOURS * 3_600_000) },
    },
    orderBy: { at: 'desc' },
  });
  const byHall = new Map<string, QueueWarning>();
  for (const warning of warnings) if (!byHall.has(warning.orgNodeId)) byHall.set(warning.orgNodeId, warning);
  const newest = [...byHall.values()];
  if (newest.length === 0) return [];
  const [started, plans] = await Promise.all([
    lastTriggeredStarts(
      deps,
      newest.map((w) => w.orgNodeId),
    ),
    deps.prisma.hallPlan.findMany({
      where: { orgNodeId: { in: newest.map((w) => w.orgNodeId) }, kind: 'CROWDING' },
      orderBy: { updatedAt: 'asc' },
      select: { id: true, orgNodeId: true },
    }),
  ]);
  const planOf = new Map(plans.map((plan) => [plan.orgNodeId, plan.id]));
  return newest.flatMap((warning) => {
    if (warningOffer(warning, started.get(warning.orgNodeId) ?? null, now) !== 'OFFERED') return [];
    const planId = planOf.get(warning.orgNodeId);
    const facts = `等候 ${warning.waitingCustomers} 人 / 开放 ${warning.openCounters} 个窗口，${chinaClock(warning.at)}`;
    const common = {
      objectId: warning.id,
      orgNodeId: warning.orgNodeId,
      orgName: warning.orgName,
      dueAt: null,
      overdue: false,
    };
    return [
      planId
        ? queueWarningPendingKinds.action('queueWarning.start', {
            ...common,
            title: `二级排队预警（${facts}）`,
            path: `incidents/start?plan=${planId}&warning=${warning.id}`,
          })
        : queueWarningPendingKinds.action('queueWarning.adoptPlan', {
            ...common,
            title: `二级排队预警（${facts}），本厅尚无客流拥堵预案`,
            path: 'plans?kind=CROWDING',
          }),
    ];
  });
}

/** A warning of a hall the caller may read, or NOT_FOUND (the same answer whether it is missing or out of scope). */
async function readableWarning(deps: OperationsDeps, ctx: Ctx, id: string) {
  const warning = await deps.prisma.queueWarning.findUnique({ where: { id } });
  if (!warning || !mayRead(ctx.actor, warning.orgNodeId)) throw queueWarningErrors.warningNotFound();
  return warning;
}

const view = (warning: QueueWarning) => ({
  id: warning.id,
  orgNodeId: warning.orgNodeId,
  orgName: warning.orgName,
  waitingCustomers: warning.waitingCustomers,
  openCounters: warning.openCounters,
  at: warning.at,
});

/** `operations.queueWarnings.get`: the start page's warning, whether it still offers, and the hall's crowding plan. */
export async function getQueueWarning(deps: OperationsDeps, ctx: Ctx, id: string) {
  const warning = await readableWarning(deps, ctx, id);
  const [state, plan] = await Promise.all([
    stateOf(deps, warning),
    crowdingPlanOf(deps.prisma, warning.orgNodeId),
  ]);
  return {
    ...view(warning),
    state,
    plan,
    mayStart:
      state === 'OFFERED' && can(ctx.actor, 'operations.incident.run', { orgNodeId: warning.orgNodeId }),
  };
}

/** The warning an incident of `plan` is started from: of the plan's hall, a crowding plan, and still offering. */
export async function startableWarning(
  deps: OperationsDeps,
  ctx: Ctx,
  plan: { orgNodeId: string; kind: string },
  warningId: string,
) {
  const warning = await readableWarning(deps, ctx, warningId);
  if (warning.orgNodeId !== plan.orgNodeId) throw queueWarningErrors.warningOtherHall({}, 'warningId');
  if (plan.kind !== 'CROWDING') throw queueWarningErrors.warningNotCrowding({}, 'planId');
  const state = await stateOf(deps, warning);
  if (state === 'ACKNOWLEDGED') throw queueWarningErrors.warningAcknowledged();
  if (state === 'STARTED') throw queueWarningErrors.warningStarted();
  if (state === 'STALE') throw queueWarningErrors.warningStale({ hours: WARNING_OFFER_HOURS });
  return warning;
}

/**
 * Inside the start's transaction: holds the warning's row until the incident is stored, so of two managers starting
 * from one warning at once the second finds the first's incident and is refused.
 */
export async function claimWarning(tx: Prisma.TransactionClient, warning: QueueWarning) {
  await tx.$queryRaw`SELECT 1 FROM ${PrismaSql.raw(`"${database.schema}"."QueueWarning"`)} WHERE id = ${warning.id}::uuid FOR UPDATE`;
  const started = await tx.incident.count({
    where: { orgNodeId: warning.orgNodeId, triggerWarningId: { not: null }, startedAt: { gte: warning.at } },
  });
  if (started > 0) throw queueWarningErrors.warningStarted();
}

/** What an incident's detail shows of its trigger. */
export const triggerOf = (warning: QueueWarning | null) => (warning ? view(warning) : null);
