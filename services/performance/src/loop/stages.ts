// 闭环状态: where one hall's loop of a month stands, from the facts the other areas answered. Pure. A stage is
// DONE when its work is complete, ACTIVE while under way, WAITING when due and not started, CLEAR when the hall's
// inspections found nothing to train on (then nothing after them is due either, but the scorecards still are).
import type { LoopStageView, LoopState } from '@duda/contract-performance';

export interface HallFacts {
  hallId: string;
  /** The month's scored inspections of the hall, with their failed items (rectification orders). */
  inspections: readonly { id: string; failedItems: number }[];
  /** The month's orders of the hall: each is one failed item; closed once its fix is accepted. */
  orders: readonly { closed: boolean }[];
  /** The hall's plan of the training month (drafted from the findings), if any. */
  plan: { id: string; status: 'DRAFT' | 'PUBLISHED' | 'DONE'; sessionCount: number } | null;
  /** The hall's people in the training month's written exams and retakes, one row per candidate and exam. */
  exams: readonly { examId: string; closed: boolean; passed: boolean | null }[];
  /** The hall's scorecards of the month. */
  scorecards: readonly { assessed: boolean }[];
}

export interface LoopLinks {
  inspection(id: string): string;
  plan(id: string): string;
  exam(id: string): string;
  scorecards(hallId: string): string;
}

const stage = (
  name: LoopStageView['stage'],
  state: LoopState,
  count: number,
  settled: number,
  link: string | null,
): LoopStageView => ({ stage: name, state, count, settled, link });

function found(facts: HallFacts, links: LoopLinks): LoopStageView {
  if (facts.inspections.length === 0) return stage('found', 'WAITING', 0, 0, null);
  // The evidence is the inspection that failed the most items (the first of them when tied).
  const worst = facts.inspections.reduce((a, b) => (b.failedItems > a.failedItems ? b : a));
  const closed = facts.orders.filter((o) => o.closed).length;
  if (facts.orders.length === 0) return stage('found', 'CLEAR', 0, 0, links.inspection(worst.id));
  return stage('found', 'DONE', facts.orders.length, closed, links.inspection(worst.id));
}

function trained(facts: HallFacts, links: LoopLinks, before: LoopState): LoopStageView {
  const plan = facts.plan;
  if (!plan) return stage('trained', before === 'CLEAR' ? 'CLEAR' : 'WAITING', 0, 0, null);
  const state: LoopState = plan.status === 'DRAFT' ? 'ACTIVE' : 'DONE';
  return stage(
    'trained',
    state,
    plan.sessionCount,
    plan.status === 'DONE' ? plan.sessionCount : 0,
    links.plan(plan.id),
  );
}

function tested(facts: HallFacts, links: LoopLinks, before: LoopState): LoopStageView {
  if (facts.exams.length === 0) return stage('tested', before === 'CLEAR' ? 'CLEAR' : 'WAITING', 0, 0, null);
  const passed = facts.exams.filter((e) => e.passed === true).length;
  // Settled when every exam has closed: who did not sit it did not pass (缺考), and a retake may follow.
  const state: LoopState = facts.exams.every((e) => e.closed) ? 'DONE' : 'ACTIVE';
  const open = facts.exams.find((e) => !e.closed) ?? facts.exams[0]!;
  return stage('tested', state, facts.exams.length, passed, links.exam(open.examId));
}

function scored(facts: HallFacts, links: LoopLinks): LoopStageView {
  const count = facts.scorecards.length;
  if (count === 0) return stage('scored', 'WAITING', 0, 0, null);
  const assessed = facts.scorecards.filter((c) => c.assessed).length;
  return stage(
    'scored',
    assessed === count ? 'DONE' : 'ACTIVE',
    count,
    assessed,
    links.scorecards(facts.hallId),
  );
}

/** The hall's four stages, found → trained → tested → scored. */
export function hallLoop(facts: HallFacts, links: LoopLinks): LoopStageView[] {
  const first = found(facts, links);
  const second = trained(facts, links, first.state);
  return [first, second, tested(facts, links, second.state), scored(facts, links)];
}
