import type { LocationQuery } from 'vue-router';

/**
 * The approval a submission page shows: the one the service names on the submission, else the one the link
 * came with (`?approval=<id>`, as 我的审批 links an approver to the form).
 */
export function approvalIdOf(submission: object | undefined, query: LocationQuery): string | null {
  const own = submission && 'approvalId' in submission ? submission.approvalId : null;
  if (typeof own === 'string' && own) return own;
  return typeof query.approval === 'string' && query.approval ? query.approval : null;
}
