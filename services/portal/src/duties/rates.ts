// `portal.duties.rates`: completion rates of the people in the caller's scope (by @duda/authz scopeOf), per person
// and per supervision tier, over the tasks whose period ends in the span. Counted in PostgreSQL (one row per
// person, role and status), so a province's month is a few thousand rows, not its tasks.
import { scopeOf } from '@duda/authz';
import { dutiesErrors, type DutyRates, type DutySpan } from '@duda/contract-portal';
import { chinaDateOf } from '@duda/month';
import { completionRates, type RatedTask } from './domain/rates.ts';
import type { DutiesDeps, SignedIn } from './duties-deps.ts';
import { spanOf } from './mine.ts';

export async function dutyRates(
  deps: DutiesDeps,
  ctx: SignedIn,
  input: { span: DutySpan; date?: string | null },
): Promise<DutyRates> {
  const { orgNodeIds } = scopeOf(ctx.actor, 'portal.duty.rates.read');
  if (orgNodeIds.length === 0) throw dutiesErrors.ratesDenied();
  const { from, to } = spanOf(input.span, input.date ?? chinaDateOf(deps.now()));
  const groups = await deps.prisma.dutyTask.groupBy({
    by: ['personId', 'personName', 'role', 'orgName', 'status'],
    where: { orgNodeId: { in: orgNodeIds }, periodEnd: { gte: from, lte: to } },
    _count: { _all: true },
  });
  const tasks: RatedTask[] = groups.map((g) => ({
    personId: g.personId,
    personName: g.personName,
    role: g.role as RatedTask['role'],
    orgName: g.orgName,
    status: g.status,
    count: g._count._all,
  }));
  return { from, to, ...completionRates(tasks) };
}
