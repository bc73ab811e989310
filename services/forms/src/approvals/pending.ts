// The tasks waiting for the caller: theirs by person or by a role slot they hold, and those of the people they
// stand in for today (代理). Both `forms.approvals.pending` (the approver's list) and `forms.pending.mine` (the
// portal's to-do inbox, ADR 0018) read them here.
import { definePendingKinds, pendingPage, type PendingPage } from '@duda/contract-kit';
import type { ApprovalTask, Prisma } from '../generated/prisma/client.ts';
import type { FormsDeps } from '../deps.ts';
import { delegationsTo, engineActor, type Ctx } from './acting-context.ts';
import { holds } from './domain/acting.ts';
import type { PersonRef } from './domain/types.ts';
import { assigneeOf } from './store.ts';

type Deps = Pick<FormsDeps, 'prisma' | 'now'>;

export const pendingKinds = definePendingKinds('forms', {
  'approval.decide': { 'zh-CN': '审批', en: 'Approve' },
  'approval.resubmit': { 'zh-CN': '退回待修改', en: 'Returned: change and resubmit' },
});

/** Where the subject is opened in the forms remote: a submission's page, or the approval's own. */
export const routeOf = (i: { id: string; subjectType: string; subjectId: string }) =>
  i.subjectType === 'submission' ? `submissions/${i.subjectId}` : `approvals/${i.id}`;

async function waitingFor(deps: Deps, ctx: Ctx) {
  const me = engineActor(ctx.actor);
  const delegations = await delegationsTo(deps.prisma, me.personId, deps.now());
  const holders = [
    { personId: me.personId, roles: me.roles },
    ...delegations.map((d) => ({ personId: d.principal.personId, roles: d.principalRoles })),
  ];
  const where: Prisma.ApprovalTaskWhereInput = {
    status: 'PENDING',
    instance: { status: 'IN_PROGRESS' },
    OR: [
      { assigneePersonId: { in: holders.map((h) => h.personId) } },
      ...holders.flatMap((h) =>
        h.roles.map((r) => ({ assigneeRole: r.role, assigneeOrgNodeId: r.orgNodeId })),
      ),
    ],
  };
  /** The person the caller would act for on a task they do not hold themself (代理). */
  const onBehalfOf = (task: ApprovalTask): PersonRef | null => {
    const assignee = assigneeOf(task);
    if (holds(me, assignee)) return null;
    return (
      delegations.find((d) => holds({ personId: d.principal.personId, roles: d.principalRoles }, assignee))
        ?.principal ?? null
    );
  };
  return { where, onBehalfOf };
}

/** The caller's pending approval tasks, soonest due first (undated last), paged. */
export async function myPendingApprovals(deps: Deps, ctx: Ctx, page: { page: number; pageSize: number }) {
  const { where, onBehalfOf } = await waitingFor(deps, ctx);
  const [rows, total] = await Promise.all([
    deps.prisma.approvalTask.findMany({
      where,
      include: { instance: true },
      orderBy: [{ dueAt: { sort: 'asc', nulls: 'last' } }, { activatedAt: 'asc' }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    }),
    deps.prisma.approvalTask.count({ where }),
  ]);
  const now = deps.now();
  const items = rows.map((t) => ({
    taskId: t.id,
    instanceId: t.instanceId,
    subjectType: t.instance.subjectType,
    subjectId: t.instance.subjectId,
    title: t.instance.title,
    orgNodeId: t.instance.orgNodeId,
    orgName: t.instance.orgName,
    submitter: { personId: t.instance.submitterId, name: t.instance.submitterName },
    stepKey: t.stepKey,
    activatedAt: t.activatedAt,
    dueAt: t.dueAt,
    overdue: t.dueAt !== null && t.dueAt <= now,
    onBehalfOf: onBehalfOf(t),
  }));
  return { items, total, page: page.page, pageSize: page.pageSize };
}

/** `forms.pending.mine`: approvals to decide, and the caller's own approvals returned to them to change and resubmit (a
 * rejected one is an answer, not a to-do). */
export async function formsPendingMine(deps: Deps, ctx: Ctx, limit: number): Promise<PendingPage> {
  const now = deps.now();
  const { where } = await waitingFor(deps, ctx);
  const [tasks, returned] = await Promise.all([
    deps.prisma.approvalTask.findMany({ where, include: { instance: true } }),
    deps.prisma.approvalInstance.findMany({
      where: { submitterId: ctx.actor.personId, status: 'RETURNED' },
    }),
  ]);
  const decide = tasks.map((t) =>
    pendingKinds.action('approval.decide', {
      objectId: t.id,
      title: t.instance.title,
      orgNodeId: t.instance.orgNodeId,
      orgName: t.instance.orgName,
      dueAt: t.dueAt,
      overdue: t.dueAt !== null && t.dueAt <= now,
      path: routeOf(t.instance),
    }),
  );
  const resubmit = returned.map((i) =>
    pendingKinds.action('approval.resubmit', {
      objectId: i.id,
      title: i.title,
      orgNodeId: i.orgNodeId,
      orgName: i.orgName,
      dueAt: null,
      overdue: false,
      path: routeOf(i),
    }),
  );
  return pendingPage([...decide, ...resubmit], limit);
}
