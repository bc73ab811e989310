// The caller as the engine sees them: their role slots, and the delegations in force that name them as deputy.
import type { Actor } from '@duda/authz';
import { approvalsErrors, type ApprovalRefusal } from '@duda/contract-forms';
import type { CallerContext } from '@duda/service-kit';
import type { Delegation, EngineActor } from './domain/types.ts';
import type { Tx } from './store.ts';

export type Ctx = CallerContext & { actor: Actor };

export const engineActor = (actor: Actor): EngineActor => ({
  personId: actor.personId,
  name: actor.name,
  roles: actor.roles.map((r) => ({ role: r.role, orgNodeId: r.orgNodeId })),
});

/** Delegations to this deputy in force at `now` (代理). */
export async function delegationsTo(
  db: Pick<Tx, 'approvalDelegation'>,
  deputyId: string,
  now: Date,
): Promise<Delegation[]> {
  const rows = await db.approvalDelegation.findMany({
    where: { deputyId, startsAt: { lte: now }, endsAt: { gt: now } },
  });
  return rows.map((d) => ({
    principal: { personId: d.principalId, name: d.principalName },
    principalRoles: d.principalRoles as unknown as Delegation['principalRoles'],
    deputyId: d.deputyId,
    from: d.startsAt,
    to: d.endsAt,
  }));
}

/** The engine's refusal as the area's error (same key, both languages). */
export function refusalError(refusal: ApprovalRefusal, params: Record<string, string> = {}) {
  const factory = approvalsErrors[refusal] as (p?: Record<string, string>) => Error;
  return factory(params);
}
