// A policy's attachments are the forms' own uploaded files of its owning unit: whoever reads a version citing one
// may open it.
import type { Actor } from '@duda/authz';
import type { FormsDeps } from '../deps.ts';
import { mayReadVersion } from './access.ts';

export async function mayReadPolicyAttachment(
  deps: Pick<FormsDeps, 'prisma'>,
  actor: Actor,
  file: { id: string; orgNodeId: string },
): Promise<boolean> {
  const versions = await deps.prisma.policyVersion.findMany({
    where: { policy: { ownerOrgId: file.orgNodeId }, attachments: { array_contains: [{ id: file.id }] } },
    include: { policy: { select: { ownerOrgId: true } } },
  });
  return versions.some((v) => mayReadVersion(actor, v.policy.ownerOrgId, v));
}
