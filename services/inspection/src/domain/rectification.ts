// Rectification orders (整改单/纠错单) and their loop to closure (闭环管理):
//   OPEN → RESPONDED → ACCEPTED (closed)
//              ↘ REJECTED_BACK → RESPONDED … (each send-back starts a new attempt)
// The hall answers with measures and evidence; the inspector, or the level that inspected, verifies.
//
// Policy:
// - Every problem of a submitted inspection raises one order, except in daily self-inspections (日检): the
//   hall manager fixes those on the spot and they feed the defect library instead.
// - Sending an order back does not move its deadline: lateness keeps counting.
// - An order is overdue only while the hall holds it (OPEN or REJECTED_BACK) and the deadline has passed;
//   once the hall has responded, waiting for verification is not held against the hall.
import { inspectionErrors, orderActionTerms, orderStatusTerms } from '@duda/contract-inspection';
import { ESCALATION_LABELS, escalationForOverdue, rectificationDeadline } from './rectification-policy.ts';
import type { Escalation, RectificationPolicy } from './rectification-policy.ts';
import type {
  InspectionKind,
  InspectionScore,
  InspectionStatus,
  RectificationStatus,
  Severity,
} from '@duda/contract-inspection';
import type { CalendarDate } from '@duda/month';

/** What the rectification rules need to know about an inspection besides its results. */
export interface InspectionHeader {
  id: string;
  hallId: string;
  kind: InspectionKind;
  status: InspectionStatus;
  inspectedOn: CalendarDate;
}

export interface RectificationResponse {
  measures: string;
  photoIds: readonly string[];
  respondedAt: Date;
  respondedBy: string;
}

export interface RectificationOrder {
  inspectionId: string;
  hallId: string;
  itemCode: string;
  itemTitle: string;
  sectionName: string;
  severity: Severity;
  veto: boolean;
  /** 问题描述: the inspector's note, or what the result says when there is none. */
  problem: string;
  problemPhotoIds: readonly string[];
  /** The item required photos, so the fix must be shown too. */
  evidenceRequired: boolean;
  status: RectificationStatus;
  /** 1 for the first response round, +1 each time the verifier sends it back. */
  attempt: number;
  issuedAt: Date;
  deadline: Date;
  response: RectificationResponse | null;
  rejectReason: string | null;
  closedAt: Date | null;
}

export function ordersFromInspection(
  score: InspectionScore,
  inspection: InspectionHeader,
  policy: RectificationPolicy,
  now: Date,
): RectificationOrder[] {
  if (inspection.status !== 'SUBMITTED') {
    throw inspectionErrors.inspectionNotSubmittedForOrders();
  }
  if (inspection.kind === 'DAILY') return [];
  return score.problems.map((problem) => ({
    inspectionId: inspection.id,
    hallId: inspection.hallId,
    itemCode: problem.itemCode,
    itemTitle: problem.itemTitle,
    sectionName: problem.sectionName,
    severity: problem.severity,
    veto: problem.veto,
    problem:
      problem.note ??
      (problem.outcome === 'FAIL'
        ? '检查判定为不合格'
        : `得分 ${problem.outcome}/${problem.maxPoints} 分，未达满分`),
    problemPhotoIds: problem.photoIds,
    evidenceRequired: problem.photoRequired,
    status: 'OPEN',
    attempt: 1,
    issuedAt: now,
    deadline: rectificationDeadline(problem.severity, now, policy),
    response: null,
    rejectReason: null,
    closedAt: null,
  }));
}

const isWithHall = (order: RectificationOrder) => order.status === 'OPEN' || order.status === 'REJECTED_BACK';

export function isOverdue(order: RectificationOrder, now: Date): boolean {
  return isWithHall(order) && now.getTime() > order.deadline.getTime();
}

/** 0 hall, 1 district, 2 city; an order the hall is not holding is never escalated. */
export function escalationOf(order: RectificationOrder, now: Date, policy: RectificationPolicy): Escalation {
  if (!isWithHall(order)) return { level: 0, label: ESCALATION_LABELS[0], overdueDays: 0 };
  return escalationForOverdue(order.deadline, now, policy);
}

export type RectificationCommand =
  | { type: 'RESPOND'; measures: string; photoIds: readonly string[] }
  | { type: 'ACCEPT'; comment?: string }
  | { type: 'REJECT_BACK'; reason: string };

export type RectificationAction = RectificationCommand['type'];

export interface RectificationActor {
  personId: string;
  /** HALL: the hall's manager side that fixes; VERIFIER: the inspector or inspecting level that checks. */
  side: 'HALL' | 'VERIFIER';
}

export interface RectificationHistoryEntry {
  at: Date;
  actorId: string;
  action: RectificationAction;
  fromStatus: RectificationStatus;
  toStatus: RectificationStatus;
  comment: string | null;
}

function assertState(
  order: RectificationOrder,
  allowed: readonly RectificationStatus[],
  doing: RectificationCommand['type'],
): void {
  if (!allowed.includes(order.status)) {
    throw inspectionErrors.orderWrongState({
      status: orderStatusTerms.term(order.status),
      doing: orderActionTerms.term(doing),
    });
  }
}

function assertSide(actor: RectificationActor, side: RectificationActor['side']): void {
  if (actor.side !== side) {
    throw side === 'HALL' ? inspectionErrors.hallRespondsOnly() : inspectionErrors.inspectorVerifiesOnly();
  }
}

export function transitionRectification<O extends RectificationOrder>(
  order: O,
  command: RectificationCommand,
  actor: RectificationActor,
  now: Date,
): { order: O; history: RectificationHistoryEntry } {
  const entry = (toStatus: RectificationStatus, comment: string | null): RectificationHistoryEntry => ({
    at: now,
    actorId: actor.personId,
    action: command.type,
    fromStatus: order.status,
    toStatus,
    comment,
  });

  switch (command.type) {
    case 'RESPOND': {
      assertState(order, ['OPEN', 'REJECTED_BACK'], 'RESPOND');
      assertSide(actor, 'HALL');
      const measures = command.measures.trim();
      if (!measures) throw inspectionErrors.measuresRequired({}, 'measures');
      if (order.evidenceRequired && command.photoIds.length === 0) {
        throw inspectionErrors.afterPhotoRequired({}, 'photoIds');
      }
      const response = {
        measures,
        photoIds: command.photoIds,
        respondedAt: now,
        respondedBy: actor.personId,
      };
      return { order: { ...order, status: 'RESPONDED', response }, history: entry('RESPONDED', measures) };
    }
    case 'ACCEPT': {
      assertState(order, ['RESPONDED'], 'ACCEPT');
      assertSide(actor, 'VERIFIER');
      const comment = command.comment?.trim() || null;
      return { order: { ...order, status: 'ACCEPTED', closedAt: now }, history: entry('ACCEPTED', comment) };
    }
    case 'REJECT_BACK': {
      assertState(order, ['RESPONDED'], 'REJECT_BACK');
      assertSide(actor, 'VERIFIER');
      const reason = command.reason.trim();
      if (!reason) throw inspectionErrors.rejectReasonRequired({}, 'reason');
      return {
        order: { ...order, status: 'REJECTED_BACK', attempt: order.attempt + 1, rejectReason: reason },
        history: entry('REJECTED_BACK', reason),
      };
    }
  }
}
