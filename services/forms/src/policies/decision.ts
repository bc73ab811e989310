// What the leader decides on (审批制度修订): the version sent for approval, its text compared line by line with the
// version it replaces, and the consultation's opinions with the author's answers. Read by the approval's approvers
// — whoever a task of it waits or waited for, or their deputy inside the window, who may not read the unit's
// policies otherwise — and by those who read every version of the owner's policies; nobody else learns it exists.
import { POLICY_SUBJECT_TYPE, policiesErrors, type policyInputs } from '@duda/contract-forms';
import type { z } from 'zod';
import { delegationsTo, engineActor, type Ctx } from '../approvals/acting-context.ts';
import { actingFor, holds } from '../approvals/domain/acting.ts';
import { load } from '../approvals/store.ts';
import type { FormsDeps } from '../deps.ts';
import { readsAllOf } from './access.ts';
import { sideBySide } from './domain/compare.ts';

type Deps = Pick<FormsDeps, 'prisma' | 'now'>;
export interface NamedNode {
  id: string;
  name: string;
}

export async function policyForDecision(
  deps: Deps,
  ctx: Ctx,
  input: z.infer<typeof policyInputs.forDecision>,
) {
  const now = deps.now();
  const [approval, delegations] = await Promise.all([
    load(deps.prisma, input.instanceId),
    delegationsTo(deps.prisma, ctx.actor.personId, now),
  ]);
  if (!approval || approval.subjectType !== POLICY_SUBJECT_TYPE) throw policiesErrors.notFound();
  const version = await deps.prisma.policyVersion.findUnique({
    where: { id: approval.subjectId },
    include: { policy: true, opinions: { orderBy: { givenAt: 'asc' } } },
  });
  if (!version) throw policiesErrors.notFound();
  const me = engineActor(ctx.actor);
  const approves = approval.state.tasks.some(
    (t) =>
      holds(me, t.assignee) ||
      t.actedBy?.personId === me.personId ||
      actingFor(me, t, delegations, now) !== undefined,
  );
  if (!approves && !readsAllOf(ctx.actor, version.policy.ownerOrgId)) throw policiesErrors.notFound();

  // The version it replaces: the last one published before it (in force while it is decided on).
  const previous = await deps.prisma.policyVersion.findFirst({
    where: { policyId: version.policyId, number: { lt: version.number }, publishedAt: { not: null } },
    orderBy: { number: 'desc' },
  });
  const { policy } = version;
  return {
    policyId: policy.id,
    title: policy.title,
    category: policy.category,
    ownerOrgName: policy.ownerOrgName,
    version: {
      id: version.id,
      number: version.number,
      status: version.status,
      authorName: version.authorName,
      body: version.body,
      changeNote: version.changeNote,
      scopeNodes: version.scopeNodes as unknown as NamedNode[],
      scopeRoles: version.scopeRoles,
      consultationNodes: (version.consultationNodes as unknown as NamedNode[] | null) ?? [],
      consultationDeadline: version.consultationDeadline,
    },
    previous: previous && { id: previous.id, number: previous.number, status: previous.status },
    compare: previous ? sideBySide(previous.plainText, version.plainText) : [],
    opinions: version.opinions.map((o) => ({
      id: o.id,
      orgName: o.orgName,
      authorName: o.authorName,
      text: o.text,
      givenAt: o.givenAt,
      accepted: o.accepted,
      reason: o.reason,
    })),
  };
}
