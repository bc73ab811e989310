// The policy library's to-dos in forms.pending.mine (ADR 0018): opinions the caller's unit was asked for, until the
// deadline, and the versions in force that apply to them and they have not read (必读). Decisions on a version
// sent to the leader are approval tasks, listed by the approvals' own pending.
import type { Actor } from '@duda/authz';
import { definePendingKinds, type PendingAction } from '@duda/contract-kit';
import type { FormsDeps } from '../deps.ts';
import { opinionNodes } from './access.ts';

export const policyPendingKinds = definePendingKinds('forms', {
  'policy.opinion': { 'zh-CN': '制度征求意见', en: 'Policy: give your opinion' },
  'policy.read': { 'zh-CN': '制度必读', en: 'Policy: required reading' },
});

export async function myPendingPolicies(
  deps: Pick<FormsDeps, 'prisma' | 'now'>,
  actor: Actor,
): Promise<PendingAction[]> {
  const now = deps.now();
  const [consultations, unread] = await Promise.all([
    deps.prisma.policyVersion.findMany({
      where: {
        status: 'IN_CONSULTATION',
        consultationDeadline: { gt: now },
        consultationNodeIds: { hasSome: opinionNodes(actor) },
        opinions: { none: { authorId: actor.personId } },
      },
      include: { policy: true },
    }),
    deps.prisma.policyVersion.findMany({
      where: {
        status: 'IN_FORCE',
        reads: { none: { personId: actor.personId } },
        OR: actor.roles.map((r) => ({
          scopeSubtree: { has: r.orgNodeId },
          OR: [{ scopeRoles: { isEmpty: true } }, { scopeRoles: { has: r.role } }],
        })),
      },
      include: { policy: true },
    }),
  ]);
  return [
    ...consultations.map((v) =>
      policyPendingKinds.action('policy.opinion', {
        objectId: v.id,
        title: `${v.policy.title}（第 ${v.number} 版）`,
        orgNodeId: v.policy.ownerOrgId,
        orgName: v.policy.ownerOrgName,
        dueAt: v.consultationDeadline,
        overdue: false,
        path: `policies?policy=${v.policyId}`,
      }),
    ),
    ...unread.map((v) =>
      policyPendingKinds.action('policy.read', {
        objectId: v.id,
        title: v.policy.title,
        orgNodeId: v.policy.ownerOrgId,
        orgName: v.policy.ownerOrgName,
        dueAt: null,
        overdue: false,
        path: `policies?policy=${v.policyId}`,
      }),
    ),
  ];
}
