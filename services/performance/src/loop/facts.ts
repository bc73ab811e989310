// What the loop board reads, each from its own area's API on the caller's behalf (never their tables): the month's
// inspections and orders (inspection.figures.month, per unit the caller supervises), the training month's hall
// plans (training.plans.list) and exam results (training.figures.month), and performance's own scorecards.
import { grantOf, type Actor } from '@duda/authz';
import { isMonthKey } from '@duda/month';
import type { PerformanceDeps } from '../deps.ts';
import type { Ctx } from '../ports/org-directory.ts';
import type { HallFacts } from './stages.ts';

interface InspectionMonth {
  inspections: { id: string; hallId: string }[];
  orders: { hallId: string; inspectionId: string; status: string }[];
}
interface PlanRow {
  id: string;
  orgNodeId: string;
  status: 'DRAFT' | 'PUBLISHED' | 'DONE';
  sessionCount: number;
}
interface ExamRow {
  examId: string;
  orgNodeId: string;
  closed: boolean;
  passed: boolean | null;
}

/** The units the caller supervises (a city, a district, a hall), none inside another, for one figures call each. */
export function supervisedRoots(actor: Actor): string[] {
  const roles = actor.roles.filter((r) => grantOf(r.role, 'performance.scorecard.assess') === 'subtree');
  return [
    ...new Set(
      roles
        .filter((r) => !roles.some((o) => o.orgNodeId !== r.orgNodeId && o.subtree.includes(r.orgNodeId)))
        .map((r) => r.orgNodeId),
    ),
  ];
}

async function inspectionMonth(deps: PerformanceDeps, ctx: Ctx, month: string): Promise<InspectionMonth> {
  if (!deps.inspection) return { inspections: [], orders: [] };
  const answers = await Promise.all(
    supervisedRoots(ctx.actor).map((orgNodeId) =>
      deps.inspection!.query<InspectionMonth>(ctx, 'figures.month', { orgNodeId, month }),
    ),
  );
  return {
    inspections: answers.flatMap((a) => a.inspections),
    orders: answers.flatMap((a) => a.orders),
  };
}

const byHall = <T>(rows: readonly T[], hallOf: (row: T) => string) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(hallOf(row));
    if (group) group.push(row);
    else groups.set(hallOf(row), [row]);
  }
  return (hallId: string) => groups.get(hallId) ?? [];
};

/** Each hall's facts of the month (findings and scorecards) and of the training month (plan and exams). */
export async function hallFacts(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: { hallIds: readonly string[]; month: string; trainingMonth: string },
): Promise<HallFacts[]> {
  // The calendar's last month (2999-12) has no next month to train in.
  const training = isMonthKey(input.trainingMonth) ? deps.training : null;
  const [inspection, plans, exams, cards] = await Promise.all([
    inspectionMonth(deps, ctx, input.month),
    training
      ? training.query<PlanRow[]>(ctx, 'plans.list', { month: input.trainingMonth, level: 'hall' })
      : [],
    training
      ? training.query<{ results: ExamRow[] }>(ctx, 'figures.month', { month: input.trainingMonth })
      : { results: [] },
    deps.prisma.scorecard.findMany({
      where: { month: input.month, hallId: { in: [...input.hallIds] } },
      select: { hallId: true, status: true },
    }),
  ]);
  const inspectionsOf = byHall(inspection.inspections, (i) => i.hallId);
  const ordersOf = byHall(inspection.orders, (o) => o.hallId);
  const examsOf = byHall(exams.results, (e) => e.orgNodeId);
  const cardsOf = byHall(cards, (c) => c.hallId);
  const planOf = new Map(plans.map((plan) => [plan.orgNodeId, plan]));
  return input.hallIds.map((hallId) => {
    const orders = ordersOf(hallId);
    return {
      hallId,
      inspections: inspectionsOf(hallId).map((i) => ({
        id: i.id,
        failedItems: orders.filter((o) => o.inspectionId === i.id).length,
      })),
      orders: orders.map((o) => ({ closed: o.status === 'ACCEPTED' })),
      plan: planOf.get(hallId) ?? null,
      exams: examsOf(hallId).map(({ examId, closed, passed }) => ({ examId, closed, passed })),
      scorecards: cardsOf(hallId).map((c) => ({ assessed: c.status === 'ASSESSED' })),
    };
  });
}
