// Whether the bank can satisfy a random paper's rules (抽题规则可满足性). Each rule needs `count` distinct questions
// from its candidates; a question may serve only one rule, because an attempt never shows the same question twice —
// so rules that overlap (a knowledge point and its sub-point, or the same point by difficulty and by type) share
// their candidates. The rules can all be satisfied exactly when a matching of rule places to questions fills every
// place (a bipartite b-matching, found here by augmenting paths).
import type { PaperRule, QuestionType } from '@duda/contract-training';

/** What a rule filters on, of one question the bank can draw. */
export interface CandidateQuestion {
  questionId: string;
  knowledgePointId: string;
  difficulty: number;
  type: QuestionType;
}

/** The questions a rule may draw: its knowledge point with every sub-point, its difficulty and type when given. */
export function candidatesOf(
  rule: Pick<PaperRule, 'difficulty' | 'type'>,
  pointAndBelow: ReadonlySet<string>,
  questions: readonly CandidateQuestion[],
): string[] {
  return questions
    .filter(
      (q) =>
        pointAndBelow.has(q.knowledgePointId) &&
        (rule.difficulty == null || q.difficulty === rule.difficulty) &&
        (rule.type == null || q.type === rule.type),
    )
    .map((q) => q.questionId);
}

export type RuleShortfall =
  /** The bank has fewer questions for this rule alone than it needs. */
  | { rule: number; kind: 'TOO_FEW'; available: number; needed: number }
  /** Enough alone, but the rules it overlaps with take some of them. */
  | {
      rule: number;
      kind: 'OVERLAP';
      available: number;
      possible: number;
      needed: number;
      overlapsWith: number[];
    };

/**
 * Rule places matched to distinct questions: for each rule, the questions it gets (at most `count`, fewer when the
 * bank cannot give more). Candidates are tried in the order given, so a caller that shuffles them draws at random.
 * Earlier rules keep theirs: when overlapping rules compete, the later rule is the one left short.
 */
export function matchRules(rules: readonly { count: number; candidateIds: readonly string[] }[]): string[][] {
  const candidates = rules.map((rule) => [...new Set(rule.candidateIds)]);
  const owner = new Map<string, number>();

  // Finds a question for rule r, moving questions between rules along an augmenting path.
  const augment = (r: number, visited: Set<string>): boolean => {
    for (const q of candidates[r]!) {
      if (visited.has(q)) continue;
      visited.add(q);
      const holder = owner.get(q);
      if (holder === undefined || augment(holder, visited)) {
        owner.set(q, r);
        return true;
      }
    }
    return false;
  };

  rules.forEach((rule, r) => {
    const places = Math.min(rule.count, candidates[r]!.length);
    for (let place = 0; place < places; place++) if (!augment(r, new Set())) break;
  });
  const matched = rules.map((): string[] => []);
  // In each rule's own candidate order, so the caller's shuffle decides which of a rule's questions come first.
  candidates.forEach((ids, r) => ids.forEach((q) => owner.get(q) === r && matched[r]!.push(q)));
  return matched;
}

/** The rules (1-based `rule` numbers, in paper order) that cannot get their questions, and why. */
export function ruleShortfalls(
  rules: readonly { count: number; candidateIds: readonly string[] }[],
): RuleShortfall[] {
  const candidates = rules.map((rule) => [...new Set(rule.candidateIds)]);
  const matched = matchRules(rules);
  return rules.flatMap((rule, r): RuleShortfall[] => {
    const available = candidates[r]!.length;
    if (available < rule.count) return [{ rule: r + 1, kind: 'TOO_FEW', available, needed: rule.count }];
    const possible = matched[r]!.length;
    if (possible >= rule.count) return [];
    const mine = new Set(candidates[r]);
    const overlapsWith = candidates
      .map((others, o) => (o !== r && others.some((q) => mine.has(q)) ? o + 1 : 0))
      .filter((n) => n > 0);
    return [{ rule: r + 1, kind: 'OVERLAP', available, possible, needed: rule.count, overlapsWith }];
  });
}
