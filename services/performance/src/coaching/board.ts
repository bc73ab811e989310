// The supervisor's coaching page (辅导看板) for a month's shown results in the halls they assess: the low performers
// with their plan if any, every open plan with its next follow-up, and the improvers with their recognition.
import type { Grade, PlanStatus } from '@duda/contract-performance';
import { previousMonth } from '@duda/month';
import type { PerformanceDeps } from '../deps.ts';
import { improverReasons, lowPerformerReasons } from '../domain/coaching.ts';
import { nextFollowUp } from '../domain/coaching-plan.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import { coachedHalls } from './access.ts';
import { thresholdsOf } from './settings.ts';

const shown = (card: { final: number; grade: Grade; calibratedGrade: Grade | null }) => ({
  final: card.final,
  grade: card.calibratedGrade ?? card.grade,
});

const person = (card: {
  id: string;
  personId: string;
  personName: string;
  staffNo: string;
  role: string;
  hallName: string;
}) => ({
  scorecardId: card.id,
  personId: card.personId,
  personName: card.personName,
  staffNo: card.staffNo,
  role: card.role,
  hallName: card.hallName,
});

export async function coachingBoard(deps: PerformanceDeps, ctx: Ctx, month: string) {
  const halls = coachedHalls(ctx);
  const city = await cityOf(deps.org, ctx);
  const thresholds = await thresholdsOf(deps.prisma, city.id);
  const inScope = { cityId: city.id, hallId: { in: halls }, personId: { not: ctx.actor.personId } };
  const cards = await deps.prisma.scorecard.findMany({
    where: { ...inScope, month, status: 'ASSESSED' },
    orderBy: [{ final: 'asc' }, { staffNo: 'asc' }],
  });
  const people = cards.map((card) => card.personId);
  const [before, plans, openPlans, recognitions] = await Promise.all([
    deps.prisma.scorecard.findMany({
      where: { month: previousMonth(month), personId: { in: people }, status: 'ASSESSED' },
    }),
    // A person's plan of this month, or the one still open from an earlier month.
    deps.prisma.improvementPlan.findMany({
      where: { personId: { in: people }, OR: [{ month }, { status: 'OPEN' }] },
      orderBy: { createdAt: 'desc' },
      select: { id: true, personId: true, status: true },
    }),
    deps.prisma.improvementPlan.findMany({
      where: { ...inScope, status: 'OPEN' },
      include: { actions: { select: { followUpOn: true, followedUpAt: true } } },
    }),
    deps.prisma.recognition.findMany({ where: { scorecardId: { in: cards.map((card) => card.id) } } }),
  ]);
  const previous = new Map(before.map((card) => [card.personId, shown(card)]));
  const recognised = new Map(recognitions.map((row) => [row.scorecardId, row]));
  const planOf = new Map<string, { id: string; status: PlanStatus }>();
  for (const { personId, ...plan } of plans) if (!planOf.has(personId)) planOf.set(personId, plan);
  const lowPerformers = cards.flatMap((card) => {
    const reasons = lowPerformerReasons(shown(card), thresholds);
    if (reasons.length === 0) return [];
    return [{ ...person(card), ...shown(card), reasons, plan: planOf.get(card.personId) ?? null }];
  });
  const improvers = cards.flatMap((card) => {
    const last = previous.get(card.personId) ?? null;
    const reasons = improverReasons(shown(card), last, thresholds);
    if (reasons.length === 0) return [];
    const recognition = recognised.get(card.id);
    return [
      {
        ...person(card),
        ...shown(card),
        previous: last!,
        reasons,
        recognition: recognition
          ? { note: recognition.note, byName: recognition.byName, at: recognition.at }
          : null,
      },
    ];
  });
  const open = openPlans
    .map((plan) => ({
      id: plan.id,
      month: plan.month,
      personName: plan.personName,
      staffNo: plan.staffNo,
      hallName: plan.hallName,
      goal: plan.goal,
      nextFollowUpOn: nextFollowUp(plan.actions),
    }))
    .sort((a, b) => (a.nextFollowUpOn ?? '9999').localeCompare(b.nextFollowUpOn ?? '9999'));
  // The coach owns actions beside the person: the page offers both.
  const coach = { id: ctx.actor.personId, name: ctx.actor.name };
  return { month, thresholds, coach, lowPerformers, openPlans: open, improvers };
}
