import { can, scopeOf, type Actor } from '@duda/authz';
import { skipTake, type CallerContext, type Page, type PageInput } from '@duda/service-kit';
import { assertHallMonthWritable } from '../archive/month-lock.ts';
import type { Severity } from '@duda/contract-inspection';
import { inspectionErrors, type RectificationStatus } from '@duda/contract-inspection';
import {
  escalationOf,
  isOverdue,
  transitionRectification,
  type RectificationCommand,
} from '../domain/index.ts';
import type { InspectionDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { mayVerify } from '../inspections/lifecycle.ts';
import { assertPhotosOfHall } from '../photos/photo-service.ts';
import { toDomainOrder } from './mapping.ts';
import { recordEvent } from '@duda/events';
import { rectificationClosed } from '../events/domain-events.ts';
import { overdueOrders } from './overdue.ts';

type Ctx = CallerContext & { actor: Actor };

/** Orders the caller may see: their halls' orders, and orders they verify. */
function visibleOrders(actor: Actor): Prisma.RectificationOrderWhereInput {
  return {
    OR: [{ hallId: { in: scopeOf(actor, 'rectification.read').orgNodeIds } }, { verifierId: actor.personId }],
  };
}

export interface OrderFilter extends PageInput {
  status?: RectificationStatus | null;
  /** Orders the hall still holds past their deadline. */
  overdue?: boolean | null;
  hallId?: string | null;
  districtId?: string | null;
  severity?: Severity | null;
  month?: string | null;
  /** Answered orders whose verifier is the caller. */
  toVerify?: boolean | null;
  inspectionId?: string | null;
}

export async function listOrders(
  deps: InspectionDeps,
  ctx: Ctx,
  filter: OrderFilter,
): Promise<Page<ReturnType<typeof orderSummary>>> {
  const now = deps.now();
  const where: Prisma.RectificationOrderWhereInput = {
    AND: [
      visibleOrders(ctx.actor),
      filter.status ? { status: filter.status } : {},
      filter.overdue ? overdueOrders(now) : {},
      filter.hallId ? { hallId: filter.hallId } : {},
      filter.districtId ? { districtId: filter.districtId } : {},
      filter.severity ? { severity: filter.severity } : {},
      filter.inspectionId ? { inspectionId: filter.inspectionId } : {},
      filter.month ? { month: filter.month } : {},
      // 只看待我验证: the order names its verifier; others who may verify in the hall see it in the full list.
      filter.toVerify ? { status: 'RESPONDED', verifierId: ctx.actor.personId } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    deps.prisma.rectificationOrder.findMany({
      where,
      // A work list: orders still moving (待整改, 待验证, 已退回; the enum's order) before closed ones, each by deadline.
      orderBy: [{ status: 'asc' }, { deadline: 'asc' }, { issuedAt: 'asc' }],
      ...skipTake(filter),
    }),
    deps.prisma.rectificationOrder.count({ where }),
  ]);
  return {
    items: rows.map((r) => orderSummary(deps, r, now)),
    total,
    page: filter.page,
    pageSize: filter.pageSize,
  };
}

function orderSummary(deps: InspectionDeps, row: Parameters<typeof toDomainOrder>[0], now: Date) {
  const order = toDomainOrder(row);
  return {
    id: row.id,
    inspectionId: row.inspectionId,
    hallId: row.hallId,
    hallName: row.hallName,
    itemCode: row.itemCode,
    itemTitle: row.itemTitle,
    sectionName: row.sectionName,
    severity: row.severity,
    veto: row.veto,
    problem: row.problem,
    status: row.status,
    attempt: row.attempt,
    issuedAt: row.issuedAt,
    deadline: row.deadline,
    verifierName: row.verifierName,
    overdue: isOverdue(order, now),
    escalation: escalationOf(order, now, deps.policy),
  };
}

async function orderOrFail(deps: InspectionDeps, id: string) {
  const row = await deps.prisma.rectificationOrder.findUnique({
    where: { id },
    include: { events: { orderBy: { at: 'asc' } } },
  });
  if (!row) throw inspectionErrors.orderNotFound();
  return row;
}

export async function getOrder(deps: InspectionDeps, ctx: Ctx, id: string, grant?: string | null) {
  const row = await orderOrFail(deps, id);
  if (
    !can(ctx.actor, 'rectification.read', { orgNodeId: row.hallId }) &&
    row.verifierId !== ctx.actor.personId &&
    // A person shown this order as the evidence of their own deduction reads it, and only it.
    !deps.citedTo(`inspection.rectification:${id}`, ctx.actor.personId, grant)
  ) {
    throw inspectionErrors.readOrderDenied();
  }
  const photoIds = [...row.problemPhotoIds, ...row.responsePhotoIds];
  return {
    ...orderSummary(deps, row, deps.now()),
    problemPhotoIds: row.problemPhotoIds,
    evidenceRequired: row.evidenceRequired,
    response: row.responseMeasures
      ? { measures: row.responseMeasures, photoIds: row.responsePhotoIds, respondedAt: row.respondedAt }
      : null,
    rejectReason: row.rejectReason,
    closedAt: row.closedAt,
    photos: Object.fromEntries(photoIds.map((p) => [p, deps.photoUrl(p)])),
    history: row.events.map((e) => ({
      at: e.at,
      actor: e.actorName,
      action: e.action,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      comment: e.comment,
    })),
    canRespond: can(ctx.actor, 'rectification.respond', { orgNodeId: row.hallId }),
    canVerify: mayVerify(ctx.actor, row),
  };
}

/** The hall answers (RESPOND) or the verifier decides (ACCEPT / REJECT_BACK); each step is kept in the history. */
export async function actOnOrder(deps: InspectionDeps, ctx: Ctx, id: string, command: RectificationCommand) {
  const row = await orderOrFail(deps, id);
  const hallSide = can(ctx.actor, 'rectification.respond', { orgNodeId: row.hallId });
  const verifier = mayVerify(ctx.actor, row);
  if (!hallSide && !verifier) throw inspectionErrors.handleOrderDenied();
  await assertHallMonthWritable(deps, row, row.month);
  const side = command.type === 'RESPOND' ? (hallSide ? 'HALL' : 'VERIFIER') : verifier ? 'VERIFIER' : 'HALL';
  if (command.type === 'RESPOND') await assertPhotosOfHall(deps, row.hallId, command.photoIds, 'photoIds');
  const now = deps.now();
  const { order, history } = transitionRectification(
    toDomainOrder(row),
    command,
    { personId: ctx.actor.personId, side },
    now,
  );
  await deps.prisma.$transaction(async (tx) => {
    const updated = await tx.rectificationOrder.updateMany({
      where: { id, status: row.status, attempt: row.attempt },
      data: {
        status: order.status,
        attempt: order.attempt,
        rejectReason: order.rejectReason,
        closedAt: order.closedAt,
        responseMeasures: order.response?.measures ?? null,
        responsePhotoIds: [...(order.response?.photoIds ?? [])],
        respondedAt: order.response?.respondedAt ?? null,
        respondedById: order.response?.respondedBy ?? null,
      },
    });
    if (updated.count === 0) throw inspectionErrors.orderChangedMeanwhile();
    await tx.rectificationEvent.create({
      data: {
        orderId: id,
        at: now,
        actorId: ctx.actor.personId,
        actorName: ctx.actor.name,
        action: history.action,
        fromStatus: history.fromStatus,
        toStatus: history.toStatus,
        comment: history.comment,
      },
    });
    if (order.status === 'ACCEPTED')
      await recordEvent(tx, rectificationClosed, {
        orderId: id,
        inspectionId: row.inspectionId,
        hallId: row.hallId,
        districtId: row.districtId,
        cityId: row.cityId,
        month: row.month,
        severity: row.severity,
        attempt: order.attempt,
        closedById: ctx.actor.personId,
        closedAt: now.toISOString(),
      });
  });
  return { status: order.status };
}
