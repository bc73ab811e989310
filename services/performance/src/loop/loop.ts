// `performance.loop.month` (闭环看板): per hall the caller supervises — a district its halls, a hall manager their
// hall, the city all — where the month's loop stands, each stage linking to its evidence in its own area's pages.
import { scopeOf } from '@duda/authz';
import { loopErrors, type LoopMonth } from '@duda/contract-performance';
import { addMonths } from '@duda/month';
import type { PerformanceDeps } from '../deps.ts';
import { hallsInScope, type Ctx } from '../ports/org-directory.ts';
import { hallFacts } from './facts.ts';
import { hallLoop, type LoopLinks } from './stages.ts';

const linksOf = (month: string): LoopLinks => ({
  inspection: (id) => `/inspection/inspections/${id}`,
  plan: (id) => `/training/plans/${id}`,
  exam: (id) => `/training/exams/${id}`,
  scorecards: (hallId) => `/performance/scorecards?month=${month}&orgNodeId=${hallId}`,
});

export async function loopMonth(deps: PerformanceDeps, ctx: Ctx, month: string): Promise<LoopMonth> {
  const supervised = new Set(scopeOf(ctx.actor, 'performance.scorecard.assess').orgNodeIds);
  if (supervised.size === 0) throw loopErrors.readDenied();
  const trainingMonth = addMonths(month, 1);
  const halls = (await hallsInScope(deps.org, ctx)).filter((hall) => supervised.has(hall.id));
  const facts = await hallFacts(deps, ctx, { halls, month, trainingMonth });
  const links = linksOf(month);
  return {
    month,
    trainingMonth,
    halls: halls.map((hall, index) => ({
      hallId: hall.id,
      hallName: hall.name,
      districtName: hall.districtName,
      stages: hallLoop(facts[index]!, links),
    })),
  };
}
