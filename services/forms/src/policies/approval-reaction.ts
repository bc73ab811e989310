// A version's approval moved (the leader approved, sent it back, rejected it, or the author withdrew it): the
// version moves with it in the same transaction. Approved, it comes into force (发布) and the version in force
// before it is superseded (已废止), still readable; otherwise it goes back to revision, the history staying with
// the approval.
import type { ApprovalStatus } from '@duda/contract-forms';
import type { Prisma } from '../generated/prisma/client.ts';
import { statusAfterApproval } from './domain/revision.ts';

export async function policyApprovalMoved(
  tx: Prisma.TransactionClient,
  versionId: string,
  approval: ApprovalStatus,
  now: Date,
) {
  const version = await tx.policyVersion.findUnique({ where: { id: versionId } });
  if (!version || version.status !== 'AWAITING_APPROVAL') return;
  const status = statusAfterApproval(approval);
  if (status === 'IN_FORCE')
    await tx.policyVersion.updateMany({
      where: { policyId: version.policyId, status: 'IN_FORCE' },
      data: { status: 'SUPERSEDED', supersededAt: now },
    });
  await tx.policyVersion.update({
    where: { id: versionId },
    data: { status, ...(status === 'IN_FORCE' ? { publishedAt: now } : {}) },
  });
}
