// Subjects kept in this service move with their approval in the transaction of the action that moved it (a policy
// version comes into force when approved, back to revision when sent back); subjects elsewhere follow the
// forms.approval.completed event instead.
import { POLICY_SUBJECT_TYPE, type ApprovalStatus } from '@duda/contract-forms';
import { policyApprovalMoved } from '../policies/approval-reaction.ts';
import type { Tx } from './store.ts';

type Reaction = (tx: Tx, subjectId: string, status: ApprovalStatus, now: Date) => Promise<void>;

const reactions: Readonly<Record<string, Reaction>> = { [POLICY_SUBJECT_TYPE]: policyApprovalMoved };

export async function reactToApproval(
  tx: Tx,
  subject: { subjectType: string; subjectId: string },
  before: ApprovalStatus,
  after: ApprovalStatus,
  now: Date,
) {
  if (before !== after) await reactions[subject.subjectType]?.(tx, subject.subjectId, after, now);
}
