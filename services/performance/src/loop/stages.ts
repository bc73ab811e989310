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
  /** The plan that trains the hall in the training month (see `coveringPlan`), if any. */
  plan: LoopPlan | null;
  /** The hall's people in the written exams and retakes of the plan's months, one row per candidate and exam. */
  exams: readonly ExamResult[];
  /** The hall's scorecards of the month. */
  scorecards: readonly { assessed: boolean }[];
}

export interface LoopPlan {
  id: string;
  status: 'DRAFT' | 'PUBLISHED' | 'DONE';
  sessionCount: number;
  /** Its targeted exams (考核考试): the exams that test what it trains. */
  exams: readonly { id: string; title: string }[];
}

export interface ExamResult {
  examId: string;
  examTitle: string;
  /** The exam a retake makes up for. */
  retakeOfId: string | null;
  closed: boolean;
  passed: boolean | null;
}

/**
 * The plan that trains a hall: the hall's own plan of the training month, or else its district's, which covers
 * every hall of the district (a district supervisor may plan for all of them at once). A city's plan is too broad
 * to stand for one hall's training.
 */
export function coveringPlan<P extends { orgNodeId: string }>(
  plans: readonly P[],
  hall: { id: string; districtId: string | null },
): P | null {
  return (
    plans.find((p) => p.orgNodeId === hall.id) ??
    (hall.districtId ? plans.find((p) => p.orgNodeId === hall.districtId) : undefined) ??
    null
  );
}

/**
 * The results that show the hall tested: its people in the plan's targeted exams and in their retakes (补考) —
 * never another exam the hall happened to sit that month.
 */
export function targetedResults(
  plan: Pick<LoopPlan, 'exams'> | null,
  results: readonly ExamResult[],
): ExamResult[] {
  const linked = new Set(plan?.exams.map((e) => e.id) ?? []);
  return results.filter((r) => linked.has(r.examId) || (r.retakeOfId !== null && linked.has(r.retakeOfId)));
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
  label: string | null = null,
): LoopStageView => ({ stage: name, state, count, settled, link, label });

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
  const [first] = facts.plan?.exams ?? [];
  if (!first) return stage('tested', before === 'CLEAR' ? 'CLEAR' : 'WAITING', 0, 0, null);
  const results = targetedResults(facts.plan, facts.exams);
  // Linked, but nobody of the hall is a candidate yet (the exam is still a draft): under way, naming the exam.
  if (results.length === 0) return stage('tested', 'ACTIVE', 0, 0, links.exam(first.id), first.title);
  const passed = results.filter((e) => e.passed === true).length;
  // Settled when every exam has closed: who did not sit it did not pass (缺考), and a retake may follow.
  const state: LoopState = results.every((e) => e.closed) ? 'DONE' : 'ACTIVE';
  const open = results.find((e) => !e.closed) ?? results[0]!;
  return stage('tested', state, results.length, passed, links.exam(open.examId), open.examTitle);
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
