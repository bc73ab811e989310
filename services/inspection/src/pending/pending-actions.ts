// 待办 of the inspection area (ADR 0018): what the caller must do here — rectification orders to answer (the hall)
// or verify (the verifier), plans to approve (the leader) or revise (their author), and today's inspections: the
// planned visits assigned to them, the self-checks issued to their hall, the daily checks not yet done.
import { scopeOf, type Actor } from '@duda/authz';
import {
  definePendingKinds,
  mergePending,
  pendingPage,
  type PendingAction,
  type PendingPage,
} from '@duda/contract-kit';
import { endOfChinaDay, firstDayOfMonth, startOfChinaDay } from '@duda/month';
import type { CallerContext } from '@duda/service-kit';
import type { InspectionDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { myTasks } from '../inspections/tasks.ts';
import { overdueOrders } from '../rectifications/overdue.ts';

type Ctx = CallerContext & { actor: Actor };

export const inspectionPending = definePendingKinds('inspection', {
  'rectification.respond': { 'zh-CN': '整改回复', en: 'Answer a rectification order' },
  'rectification.verify': { 'zh-CN': '整改验证', en: 'Verify a rectification' },
  'plan.approve': { 'zh-CN': '审批检查计划', en: 'Approve an inspection plan' },
  'plan.revise': { 'zh-CN': '修改退回的计划', en: 'Revise a returned plan' },
  'inspection.planned': { 'zh-CN': '计划检查', en: 'Planned inspection' },
  'inspection.selfCheck': { 'zh-CN': '自查', en: 'Self-check' },
  'inspection.daily': { 'zh-CN': '今日日检', en: "Today's daily checks" },
});

/** The soonest `limit` of a kind's rows, and how many there are and how many are overdue. */
async function counted<Row>(
  rows: Promise<Row[]>,
  total: Promise<number>,
  overdue: Promise<number>,
  toAction: (row: Row) => PendingAction,
): Promise<PendingPage> {
  const [found, all, late] = await Promise.all([rows, total, overdue]);
  return { items: found.map(toAction), total: all, overdue: late };
}

function ordersToAnswer(deps: InspectionDeps, actor: Actor, limit: number, now: Date) {
  const where: Prisma.RectificationOrderWhereInput = {
    hallId: { in: scopeOf(actor, 'rectification.respond').orgNodeIds },
    status: { in: ['OPEN', 'REJECTED_BACK'] },
  };
  return counted(
    deps.prisma.rectificationOrder.findMany({
      where,
      orderBy: [{ deadline: 'asc' }, { id: 'asc' }],
      take: limit,
    }),
    deps.prisma.rectificationOrder.count({ where }),
    deps.prisma.rectificationOrder.count({ where: { AND: [where, overdueOrders(now)] } }),
    (order) =>
      inspectionPending.action('rectification.respond', {
        objectId: order.id,
        title: order.itemTitle,
        orgNodeId: order.hallId,
        orgName: order.hallName,
        dueAt: order.deadline,
        overdue: order.deadline.getTime() < now.getTime(),
        path: `rectifications?order=${order.id}`,
      }),
  );
}

/**
 * Answered orders wait for their verifier (the person the order names, as 只看待我验证 lists them); verifying has
 * no deadline of its own.
 */
function ordersToVerify(deps: InspectionDeps, actor: Actor, limit: number) {
  const where: Prisma.RectificationOrderWhereInput = { status: 'RESPONDED', verifierId: actor.personId };
  return counted(
    deps.prisma.rectificationOrder.findMany({ where, orderBy: [{ id: 'asc' }], take: limit }),
    deps.prisma.rectificationOrder.count({ where }),
    Promise.resolve(0),
    (order) =>
      inspectionPending.action('rectification.verify', {
        objectId: order.id,
        title: order.itemTitle,
        orgNodeId: order.hallId,
        orgName: order.hallName,
        dueAt: null,
        overdue: false,
        path: `rectifications?order=${order.id}`,
      }),
  );
}

/** A month's plan is due by the first day of its month. */
const planDue = (month: string) => startOfChinaDay(firstDayOfMonth(month));

function plans(
  deps: InspectionDeps,
  kind: 'plan.approve' | 'plan.revise',
  where: Prisma.InspectionPlanWhereInput,
  limit: number,
  now: Date,
) {
  return deps.prisma.inspectionPlan
    .findMany({
      where,
      orderBy: [{ month: 'asc' }, { id: 'asc' }],
      select: { id: true, title: true, month: true, scopeOrgId: true, scopeName: true },
    })
    .then((rows) =>
      pendingPage(
        rows.map((plan) =>
          inspectionPending.action(kind, {
            objectId: plan.id,
            title: plan.title,
            orgNodeId: plan.scopeOrgId,
            orgName: plan.scopeName,
            dueAt: planDue(plan.month),
            overdue: planDue(plan.month).getTime() < now.getTime(),
            path: `plans/${plan.id}`,
          }),
        ),
        limit,
      ),
    );
}

/** Today's inspections (the 待检 of the tasks page), each due by the end of its planned day. */
async function inspectionsToDo(deps: InspectionDeps, ctx: Ctx, limit: number, now: Date) {
  const tasks = await myTasks(deps, ctx);
  const entry =
    (kind: 'inspection.planned' | 'inspection.selfCheck') => (task: (typeof tasks.assigned)[number]) => {
      const dueAt = endOfChinaDay(task.plannedDate);
      return inspectionPending.action(kind, {
        objectId: task.entryId,
        title: task.planTitle,
        orgNodeId: task.hallId,
        orgName: task.hallName,
        dueAt,
        overdue: dueAt.getTime() < now.getTime(),
        path:
          task.state === 'DRAFT' && task.inspectionId ? `inspections/${task.inspectionId}/perform` : 'tasks',
      });
    };
  const dailyDue = endOfChinaDay(tasks.today);
  return pendingPage(
    [
      ...tasks.assigned.filter((task) => task.state !== 'DONE').map(entry('inspection.planned')),
      ...tasks.selfChecks.filter((task) => task.state !== 'DONE').map(entry('inspection.selfCheck')),
      ...tasks.daily
        .filter((hall) => hall.done < hall.required)
        .map((hall) =>
          inspectionPending.action('inspection.daily', {
            objectId: `${hall.hallId}.${tasks.today}`,
            title: `${hall.hallName} ${hall.done}/${hall.required}`,
            orgNodeId: hall.hallId,
            orgName: hall.hallName,
            dueAt: dailyDue,
            overdue: false,
            path: 'tasks',
          }),
        ),
    ],
    limit,
  );
}

/** `inspection.pending.mine`: the caller's own pending actions in this area, the soonest first, at most `limit`. */
export async function myPendingActions(deps: InspectionDeps, ctx: Ctx, limit: number): Promise<PendingPage> {
  const now = deps.now();
  const approvable = scopeOf(ctx.actor, 'inspection.plan.approve').orgNodeIds;
  const pages = await Promise.all([
    ordersToAnswer(deps, ctx.actor, limit, now),
    ordersToVerify(deps, ctx.actor, limit),
    approvable.length
      ? plans(deps, 'plan.approve', { status: 'SUBMITTED', scopeOrgId: { in: approvable } }, limit, now)
      : Promise.resolve(pendingPage([], limit)),
    plans(deps, 'plan.revise', { status: 'REJECTED', authorId: ctx.actor.personId }, limit, now),
    inspectionsToDo(deps, ctx, limit, now),
  ]);
  return mergePending(pages, limit);
}
