// Drawing one attempt's questions from a paper (抽题). Fixed papers give their slots in order; random papers draw,
// rule by rule, N distinct questions of the rule's knowledge points, difficulty and type, never one question twice
// across rules. Question order and option order are shuffled when the paper says so. Everything is decided by the
// seed: the same paper, bank and seed always draw the same attempt, so a draw can be checked and replayed.
import { createHash } from 'node:crypto';
import { attemptsErrors, type AttemptDraw, type DrawnSlot, type QuestionType } from '@duda/contract-training';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

/** A slot of a fixed paper: which question, for how many points. */
export interface FixedSlotSource {
  questionId: string;
  points: number;
}

/** A rule of a random paper; its knowledge points already include their sub-points. */
export interface DrawRuleSource {
  knowledgePointIds: readonly string[];
  /** Any difficulty when absent. */
  difficulty?: number | null;
  /** Any type when absent. */
  type?: QuestionType | null;
  count: number;
  points: number;
}

export interface DrawSourcePaper {
  kind: 'FIXED' | 'RANDOM';
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  slots: readonly FixedSlotSource[];
  rules: readonly DrawRuleSource[];
}

/** A question the bank can give: its current version (bank/drawable.ts `DrawableQuestion` fits). */
export interface BankQuestion {
  questionId: string;
  versionId: string;
  type: QuestionType;
  knowledgePointId: string;
  difficulty: number;
  /** Option ids in authoring order; absent for types without options. */
  optionIds?: readonly string[];
}

/** A 32-bit seed from any string: the first four bytes of its SHA-256. */
const seedNumber = (seed: string): number => createHash('sha256').update(seed).digest().readInt32BE(0);

/** Fisher–Yates on a copy. */
function shuffled<T>(rng: RandomGenerator, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = uniformInt(rng, 0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

const byQuestionId = (a: BankQuestion, b: BankQuestion) =>
  a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0;

interface Picked {
  question: BankQuestion;
  points: number;
}

function pickFixed(paper: DrawSourcePaper, bank: ReadonlyMap<string, BankQuestion>): Picked[] {
  return paper.slots.map((slot, index) => {
    const question = bank.get(slot.questionId);
    if (!question) throw attemptsErrors.questionUnavailable({ slot: index + 1 });
    return { question, points: slot.points };
  });
}

function pickRandom(rng: RandomGenerator, paper: DrawSourcePaper, bank: readonly BankQuestion[]): Picked[] {
  // Sorted first, so the bank's row order never changes what a seed draws.
  const pool = [...bank].sort(byQuestionId);
  const taken = new Set<string>();
  return paper.rules.flatMap((rule, index) => {
    const points = new Set(rule.knowledgePointIds);
    const fitting = pool.filter(
      (q) =>
        !taken.has(q.questionId) &&
        points.has(q.knowledgePointId) &&
        (rule.difficulty == null || q.difficulty === rule.difficulty) &&
        (rule.type == null || q.type === rule.type),
    );
    if (fitting.length < rule.count) {
      throw attemptsErrors.drawShort({ rule: index + 1, needed: rule.count, available: fitting.length });
    }
    const chosen = shuffled(rng, fitting).slice(0, rule.count);
    for (const q of chosen) taken.add(q.questionId);
    return chosen.map((question) => ({ question, points: rule.points }));
  });
}

export function drawAttempt(
  paper: DrawSourcePaper,
  bank: readonly BankQuestion[],
  seed: string,
): AttemptDraw {
  const rng = xoroshiro128plus(seedNumber(seed));
  const picked =
    paper.kind === 'FIXED'
      ? pickFixed(paper, new Map(bank.map((q) => [q.questionId, q])))
      : pickRandom(rng, paper, bank);
  const ordered = paper.shuffleQuestions ? shuffled(rng, picked) : picked;
  const slots = ordered.map(({ question, points }, index): DrawnSlot => {
    const slot: DrawnSlot = {
      slot: index + 1,
      questionId: question.questionId,
      versionId: question.versionId,
      type: question.type,
      points,
    };
    if (question.optionIds) {
      slot.optionOrder = paper.shuffleOptions ? shuffled(rng, question.optionIds) : [...question.optionIds];
    }
    return slot;
  });
  return { seed, slots };
}
