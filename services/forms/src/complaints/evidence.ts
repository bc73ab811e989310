// Evidence files of a case (投诉证据) are the forms' own uploaded files: whoever reads a case citing one may open it.
import type { Actor } from '@duda/authz';
import type { FormsDeps } from '../deps.ts';
import { mayRead } from './access.ts';

export async function mayReadEvidence(
  deps: Pick<FormsDeps, 'prisma'>,
  actor: Actor,
  file: { id: string; orgNodeId: string },
): Promise<boolean> {
  const cases = await deps.prisma.complaint.findMany({
    where: { hallId: file.orgNodeId, evidence: { array_contains: [{ id: file.id }] } },
  });
  return cases.some((row) => mayRead(actor, row));
}
