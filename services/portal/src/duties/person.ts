// `portal.duties.person`: one person's tasks of a span as their supervisors see them — the evidence counted and
// the photos of the ticks — limited to the tasks at org nodes of the caller's duty-rates scope (@duda/authz), so
// a person outside it shows no tasks at all.
import { scopeOf } from '@duda/authz';
import { dutiesErrors, type DutySpan, type MyDuties } from '@duda/contract-portal';
import { chinaDateOf } from '@duda/month';
import type { DutiesDeps, SignedIn } from './duties-deps.ts';
import { spanOf } from './mine.ts';
import { taskView } from './views.ts';

export async function personDuties(
  deps: Pick<DutiesDeps, 'prisma' | 'now'>,
  ctx: SignedIn,
  input: { personId: string; span: DutySpan; date?: string | null },
): Promise<MyDuties> {
  const { orgNodeIds } = scopeOf(ctx.actor, 'portal.duty.rates.read');
  if (orgNodeIds.length === 0) throw dutiesErrors.personDenied();
  const now = deps.now();
  const { from, to } = spanOf(input.span, input.date ?? chinaDateOf(now));
  const rows = await deps.prisma.dutyTask.findMany({
    where: {
      personId: input.personId,
      orgNodeId: { in: orgNodeIds },
      periodStart: { lte: to },
      periodEnd: { gte: from },
    },
    include: { proofs: true },
    orderBy: [{ dueAt: 'asc' }, { code: 'asc' }],
  });
  const tasks = rows.map((row) => taskView(row, now));
  return {
    span: input.span,
    from,
    to,
    tasks,
    done: tasks.filter((t) => t.status === 'DONE').length,
    total: tasks.length,
  };
}
