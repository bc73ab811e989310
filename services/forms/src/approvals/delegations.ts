// Delegation while away (代理): a person names a deputy for a window; the deputy then acts on their approvals,
// recorded as acting for them. Each person keeps only their own.
import type { approvalInputs } from '@duda/contract-forms';
import type { Prisma } from '../generated/prisma/client.ts';
import type { z } from 'zod';
import type { FormsDeps } from '../deps.ts';
import { engineActor, refusalError, type Ctx } from './acting-context.ts';

type Deps = Pick<FormsDeps, 'prisma' | 'now'>;

const view = (d: { id: string; deputyId: string; deputyName: string; startsAt: Date; endsAt: Date }) => ({
  id: d.id,
  deputy: { personId: d.deputyId, name: d.deputyName },
  from: d.startsAt,
  to: d.endsAt,
});

/** The caller's delegations that have not ended yet, soonest first. */
export async function listDelegations(deps: Deps, ctx: Ctx, page: { page: number; pageSize: number }) {
  const where = { principalId: ctx.actor.personId, endsAt: { gt: deps.now() } };
  const [rows, total] = await Promise.all([
    deps.prisma.approvalDelegation.findMany({
      where,
      orderBy: { startsAt: 'asc' },
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    }),
    deps.prisma.approvalDelegation.count({ where }),
  ]);
  return { items: rows.map(view), total, page: page.page, pageSize: page.pageSize };
}

/** Names a deputy; the role slots the caller holds now go with it, so role tasks reach the deputy too. */
export async function createDelegation(
  deps: Deps,
  ctx: Ctx,
  input: z.infer<typeof approvalInputs.delegationCreate>,
) {
  if (input.deputy.personId === ctx.actor.personId) throw refusalError('delegateToSelf');
  const created = await deps.prisma.approvalDelegation.create({
    data: {
      principalId: ctx.actor.personId,
      principalName: ctx.actor.name,
      principalRoles: engineActor(ctx.actor).roles as unknown as Prisma.InputJsonValue,
      deputyId: input.deputy.personId,
      deputyName: input.deputy.name,
      startsAt: input.from,
      endsAt: input.to,
    },
  });
  return view(created);
}

export async function removeDelegation(deps: Deps, ctx: Ctx, id: string) {
  const { count } = await deps.prisma.approvalDelegation.deleteMany({
    where: { id, principalId: ctx.actor.personId },
  });
  if (count === 0) throw refusalError('delegationNotFound');
  return { id };
}
