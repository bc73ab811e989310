// Approval workflow of the monthly plan (拟定计划 → 领导审批 → 下发), docs/domain.md#plans:
//   DRAFT → SUBMITTED → APPROVED → PUBLISHED
//                     ↘ REJECTED → (REVISE) DRAFT → SUBMITTED …
// The supervisor who owns the plan's scope drafts, submits and publishes; a leader other than the author
// approves or rejects, and a rejection must say why so the author knows what to revise.
import { badRequest, conflict, forbidden } from '@duda/service-kit/errors';
import { validatePlanEntries } from './plan-entries.ts';
import { PLAN_STATUS_LABELS } from './plan.ts';
import type { InspectionPlan, PlanEntry } from './plan.ts';
import type { PlanAction, PlanCommand, PlanStatus } from '@duda/contract-inspection';

export const PLAN_ACTION_LABELS: Record<PlanAction, string> = {
  SUBMIT: '提交审批',
  APPROVE: '审批通过',
  REJECT: '退回',
  REVISE: '重新修改',
  PUBLISH: '下发',
};

export interface PlanActor {
  personId: string;
  /** A supervisor of the plan's own org scope (as decided by the caller's authorisation). */
  supervisesScope: boolean;
  isLeader: boolean;
}

export interface PlanHistoryEntry {
  at: Date;
  actorId: string;
  action: PlanAction;
  fromStatus: PlanStatus;
  toStatus: PlanStatus;
  comment: string | null;
}

type Side = 'OWNER' | 'LEADER';

const TRANSITIONS: Record<PlanAction, { from: PlanStatus; to: PlanStatus; by: Side }> = {
  SUBMIT: { from: 'DRAFT', to: 'SUBMITTED', by: 'OWNER' },
  APPROVE: { from: 'SUBMITTED', to: 'APPROVED', by: 'LEADER' },
  REJECT: { from: 'SUBMITTED', to: 'REJECTED', by: 'LEADER' },
  REVISE: { from: 'REJECTED', to: 'DRAFT', by: 'OWNER' },
  PUBLISH: { from: 'APPROVED', to: 'PUBLISHED', by: 'OWNER' },
};

const isOwner = (plan: InspectionPlan, actor: PlanActor) =>
  actor.personId === plan.authorId || actor.supervisesScope;

function assertActor(plan: InspectionPlan, actor: PlanActor, side: Side, action: PlanAction): void {
  if (side === 'OWNER' && !isOwner(plan, actor)) {
    throw forbidden(`只有计划制定人或本单位督导可以${PLAN_ACTION_LABELS[action]}该计划。`);
  }
  if (side === 'LEADER') {
    if (!actor.isLeader) throw forbidden('只有主管领导可以审批检查计划。');
    if (actor.personId === plan.authorId)
      throw forbidden('不能审批自己制定的检查计划，请由其他主管领导审批。');
  }
}

export function transitionPlan<P extends InspectionPlan>(
  plan: P,
  command: PlanCommand,
  actor: PlanActor,
  now: Date,
): { plan: P; history: PlanHistoryEntry } {
  const rule = TRANSITIONS[command.type];
  if (plan.status !== rule.from) {
    throw conflict(
      `计划当前状态为「${PLAN_STATUS_LABELS[plan.status]}」，不能执行「${PLAN_ACTION_LABELS[command.type]}」。`,
    );
  }
  assertActor(plan, actor, rule.by, command.type);

  const comment = 'comment' in command ? command.comment?.trim() || null : null;
  if (command.type === 'REJECT' && !comment) throw badRequest('退回计划时请填写退回原因。', 'comment');
  if (command.type === 'SUBMIT') {
    if (plan.entries.length === 0) throw badRequest('计划中还没有任何检查安排，不能提交审批。', 'entries');
    validatePlanEntries(plan, plan.entries);
  }

  const next: P = {
    ...plan,
    status: rule.to,
    firstSubmittedAt: command.type === 'SUBMIT' ? (plan.firstSubmittedAt ?? now) : plan.firstSubmittedAt,
  };
  return {
    plan: next,
    history: {
      at: now,
      actorId: actor.personId,
      action: command.type,
      fromStatus: plan.status,
      toStatus: rule.to,
      comment,
    },
  };
}

/** Entries change only while the plan is with its author (草稿 or 已退回). */
export function assertPlanEditable(plan: InspectionPlan, actor: PlanActor): void {
  if (plan.status !== 'DRAFT' && plan.status !== 'REJECTED') {
    throw conflict(`计划当前状态为「${PLAN_STATUS_LABELS[plan.status]}」，不能再修改。`);
  }
  if (!isOwner(plan, actor)) throw forbidden('只有计划制定人或本单位督导可以修改该计划。');
}

export function replacePlanEntries<P extends InspectionPlan>(
  plan: P,
  entries: readonly PlanEntry[],
  actor: PlanActor,
): P {
  assertPlanEditable(plan, actor);
  validatePlanEntries(plan, entries);
  return { ...plan, entries };
}
