// The month's training ledger (培训台帐) of the plans in scope: each unit's topics, the sessions planned and held
// (ended by now), and the attendance rate over the sessions held. The analysis ledger shows it beside the exams.
import type { PlanTopic } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { attendanceRate } from '../domain/training-plan-draft.ts';
import { plansInScope, type PlansCtx } from './access.ts';

export async function monthSummary(deps: TrainingDeps, ctx: PlansCtx, month: string) {
  const now = deps.now();
  const plans = await deps.prisma.trainingPlan.findMany({
    where: { ...plansInScope(ctx.actor), month },
    orderBy: { orgPath: 'asc' },
    include: { sessions: { include: { attendance: { select: { status: true } } } } },
  });
  return plans.map((plan) => {
    const held = plan.sessions.filter((s) => s.endsAt <= now);
    return {
      id: plan.id,
      orgNodeId: plan.orgNodeId,
      orgName: plan.orgName,
      level: plan.level,
      status: plan.status,
      topics: (plan.topics as PlanTopic[]).map((t) => t.title),
      sessionsPlanned: plan.sessions.length,
      sessionsHeld: held.length,
      attendanceRate: attendanceRate(held.flatMap((s) => s.attendance)),
    };
  });
}
