// What an appeal reads as: its line, reason, evidence, the interview and its 表9 record, the decision and every step.
import type { AppealEvidence, AppealInterview, AppealStatus } from '@duda/contract-performance';
import { interviewRecordLink } from '../ports/forms-records.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { decides } from './access.ts';

export interface AppealRow {
  id: string;
  scorecardId: string;
  kpiId: string;
  kpiName: string;
  month: string;
  personId: string;
  personName: string;
  hallId: string;
  hallName: string;
  reason: string;
  evidence: unknown;
  status: string;
  interview: unknown;
  interviewRecordId: string | null;
  decisionReason: string | null;
  adjustmentId: string | null;
  filedAt: Date;
}

export function appealSummary(ctx: Ctx, row: AppealRow) {
  return {
    id: row.id,
    scorecardId: row.scorecardId,
    kpiId: row.kpiId,
    kpiName: row.kpiName,
    month: row.month,
    personName: row.personName,
    hallName: row.hallName,
    reason: row.reason,
    status: row.status as AppealStatus,
    filedAt: row.filedAt,
    /** The caller is the appellant's superior (the interview and the decision are theirs). */
    canDecide: decides(ctx, row),
  };
}

export function appealDetail(
  ctx: Ctx,
  row: AppealRow & {
    steps: { id: string; status: string; note: string; byName: string; at: Date }[];
    adjustment: { points: number; reason: string } | null;
  },
) {
  return {
    ...appealSummary(ctx, row),
    evidence: row.evidence as AppealEvidence[],
    interview: row.interview as (AppealInterview & { byName: string }) | null,
    /** The interview's staff conversation record (表9) and where the forms area opens it. */
    interviewRecord: row.interviewRecordId
      ? { id: row.interviewRecordId, link: interviewRecordLink(row.interviewRecordId) }
      : null,
    decisionReason: row.decisionReason,
    adjustment: row.adjustment,
    steps: row.steps.map((step) => ({ ...step, status: step.status as AppealStatus })),
  };
}
