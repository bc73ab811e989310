// What the loop board reads, each from its own area's API on the caller's behalf (never their tables): the month's
// inspections and orders (inspection.figures.month, per unit the caller supervises), the training month's plans
// with their targeted exams (training.plans.list) and the results of those exams' months (training.figures.month:
// the training month, and the month after when a plan's exam sits then), and performance's own scorecards.
import { grantOf, type Actor } from '@duda/authz';
import { isMonthKey } from '@duda/month';
import type { PerformanceDeps } from '../deps.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { coveringPlan, type ExamResult, type HallFacts, type LoopPlan } from './stages.ts';

interface InspectionMonth {
  inspections: { id: string; hallId: string }[];
  orders: { hallId: string; inspectionId: string; status: string }[];
}
interface PlanRow extends LoopPlan {
  orgNodeId: string;
  exams: { id: string; title: string; month: string }[];
}
interface ExamRow extends ExamResult {
  /** The candidate's hall. */
  orgNodeId: string;
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

/** The training month's plans of halls and districts, and the results of the months their targeted exams sit in. */
async function trainingMonth(deps: PerformanceDeps, ctx: Ctx, month: string) {
  // The calendar's last month (2999-12) has no next month to train in.
  if (!deps.training || !isMonthKey(month)) return { plans: [] as PlanRow[], results: [] as ExamRow[] };
  const training = deps.training;
  const results = (m: string) =>
    training.query<{ results: ExamRow[] }>(ctx, 'figures.month', { month: m }).then((a) => a.results);
  const [plans, first] = await Promise.all([
    training.query<PlanRow[]>(ctx, 'plans.list', { month }),
    results(month),
  ]);
  // A plan's exam may sit early the month after (training.plans' rule): read that month only when one does.
  const later = [...new Set(plans.flatMap((p) => p.exams.map((e) => e.month)))].filter((m) => m !== month);
  const rest = await Promise.all(later.filter(isMonthKey).map(results));
  return { plans, results: [...first, ...rest.flat()] };
}

/** Each hall's facts of the month (findings and scorecards) and of the training month (plan and exams). */
export async function hallFacts(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: {
    halls: readonly { id: string; districtId: string | null }[];
    month: string;
    trainingMonth: string;
  },
): Promise<HallFacts[]> {
  const [inspection, training, cards] = await Promise.all([
    inspectionMonth(deps, ctx, input.month),
    trainingMonth(deps, ctx, input.trainingMonth),
    deps.prisma.scorecard.findMany({
      where: { month: input.month, hallId: { in: input.halls.map((h) => h.id) } },
      select: { hallId: true, status: true },
    }),
  ]);
  const inspectionsOf = byHall(inspection.inspections, (i) => i.hallId);
  const ordersOf = byHall(inspection.orders, (o) => o.hallId);
  const examsOf = byHall(training.results, (e) => e.orgNodeId);
  const cardsOf = byHall(cards, (c) => c.hallId);
  return input.halls.map((hall) => {
    const hallId = hall.id;
    const orders = ordersOf(hallId);
    const plan = coveringPlan(training.plans, hall);
    return {
      hallId,
      inspections: inspectionsOf(hallId).map((i) => ({
        id: i.id,
        failedItems: orders.filter((o) => o.inspectionId === i.id).length,
      })),
      orders: orders.map((o) => ({ closed: o.status === 'ACCEPTED' })),
      plan: plan && {
        id: plan.id,
        status: plan.status,
        sessionCount: plan.sessionCount,
        exams: plan.exams.map(({ id, title }) => ({ id, title })),
      },
      exams: examsOf(hallId).map(({ examId, examTitle, retakeOfId, closed, passed }) => ({
        examId,
        examTitle,
        retakeOfId,
        closed,
        passed,
      })),
      scorecards: cardsOf(hallId).map((c) => ({ assessed: c.status === 'ASSESSED' })),
    };
  });
}
