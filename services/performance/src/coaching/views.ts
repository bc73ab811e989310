// What a plan reads as: the person, the goal, each action with its follow-up, the outcome, and whether the caller
// coaches it (follows up and closes).
import type { PlanStatus } from '@duda/contract-performance';
import { nextFollowUp } from '../domain/coaching-plan.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { coaches } from './access.ts';

export interface PlanRow {
  id: string;
  month: string;
  scorecardId: string;
  personId: string;
  personName: string;
  staffNo: string;
  hallId: string;
  hallName: string;
  goal: string;
  status: string;
  coachName: string;
  createdAt: Date;
  closedAt: Date | null;
  closedByName: string | null;
  closingNote: string | null;
  actions: {
    id: string;
    description: string;
    ownerId: string;
    ownerName: string;
    followUpOn: string;
    followUpNote: string | null;
    followedUpAt: Date | null;
    followedUpByName: string | null;
  }[];
}

export function planSummary(ctx: Ctx, row: PlanRow) {
  return {
    id: row.id,
    month: row.month,
    scorecardId: row.scorecardId,
    personName: row.personName,
    staffNo: row.staffNo,
    hallName: row.hallName,
    goal: row.goal,
    status: row.status as PlanStatus,
    coachName: row.coachName,
    createdAt: row.createdAt,
    /** The earliest follow-up still to record. */
    nextFollowUpOn: row.status === 'OPEN' ? nextFollowUp(row.actions) : null,
    /** The caller is the person's superior: follow-ups and the outcome are theirs. */
    canCoach: coaches(ctx, row),
  };
}

export function planDetail(ctx: Ctx, row: PlanRow) {
  return {
    ...planSummary(ctx, row),
    closedAt: row.closedAt,
    closedByName: row.closedByName,
    closingNote: row.closingNote,
    actions: row.actions,
  };
}
