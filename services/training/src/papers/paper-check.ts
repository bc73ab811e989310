// The bank's side of a paper: which questions a fixed paper may hold, and whether random rules can be satisfied,
// with the shortfalls worded for the trainer ("规则 2：知识点「携号转网」难度 3 的单选题只有 4 道，需要 6 道").
import type { AppError } from '@duda/contract-kit';
import {
  papersErrors,
  questionTypeTerms,
  ruleFilterTerms,
  type PaperRule,
  type PaperSlot,
} from '@duda/contract-training';
import { drawableQuestions, type DrawableQuestion } from '../bank/drawable.ts';
import type { TrainingDeps } from '../deps.ts';
import { subtreeIds } from '../domain/bank-knowledge-tree.ts';
import { candidatesOf, ruleShortfalls, type RuleShortfall } from '../domain/paper-rules.ts';

export interface BankView {
  questions: DrawableQuestion[];
  points: { id: string; parentId: string | null; name: string; sortOrder: number }[];
}

export async function bankOf(deps: Pick<TrainingDeps, 'prisma'>, cityId: string): Promise<BankView> {
  const [questions, points] = await Promise.all([
    drawableQuestions(deps, { cityId }),
    deps.prisma.knowledgePoint.findMany({
      where: { cityId },
      select: { id: true, parentId: true, name: true, sortOrder: true },
    }),
  ]);
  return { questions, points };
}

/** Knowledge points named by rules that are not in the city's tree. */
export function unknownPointErrors(rules: readonly PaperRule[], bank: BankView): AppError[] {
  const known = new Set(bank.points.map((p) => p.id));
  return rules.flatMap((rule, index) =>
    known.has(rule.knowledgePointId)
      ? []
      : [papersErrors.knowledgePointUnknown({ n: index + 1 }, `rules.${index}.knowledgePointId`)],
  );
}

/** A question twice on the paper, or one the bank no longer offers. */
export function slotErrors(slots: readonly PaperSlot[], bank: BankView): AppError[] {
  const drawable = new Set(bank.questions.map((q) => q.questionId));
  const first = new Map<string, number>();
  return slots.flatMap((slot, index) => {
    const n = index + 1;
    if (!drawable.has(slot.questionId))
      return [papersErrors.questionUnavailable({ n }, `slots.${index}.questionId`)];
    const seen = first.get(slot.questionId);
    if (seen !== undefined)
      return [papersErrors.duplicateQuestion({ n, first: seen }, `slots.${index}.questionId`)];
    first.set(slot.questionId, n);
    return [];
  });
}

const filterOf = (rule: PaperRule) => {
  const type = rule.type ? questionTypeTerms.term(rule.type) : null;
  if (rule.difficulty != null && type)
    return ruleFilterTerms.term('BOTH', { difficulty: rule.difficulty, type });
  if (rule.difficulty != null) return ruleFilterTerms.term('DIFFICULTY', { difficulty: rule.difficulty });
  return type ? ruleFilterTerms.term('TYPE', { type }) : ruleFilterTerms.term('ANY');
};

export interface WordedShortfall {
  rule: number;
  kind: RuleShortfall['kind'];
  available: number;
  needed: number;
  /** The sentence, as a code with parameters the page words in its language. */
  error: AppError;
}

/** Every rule the bank cannot fill, worded; rules naming an unknown point are left to unknownPointErrors. */
export function shortfallsOf(rules: readonly PaperRule[], bank: BankView): WordedShortfall[] {
  const names = new Map(bank.points.map((p) => [p.id, p.name]));
  const checked = rules.map((rule) => ({
    count: rule.count,
    candidateIds: names.has(rule.knowledgePointId)
      ? candidatesOf(rule, new Set(subtreeIds(bank.points, [rule.knowledgePointId])), bank.questions)
      : [],
  }));
  return ruleShortfalls(checked)
    .filter((s) => names.has(rules[s.rule - 1]!.knowledgePointId))
    .map((shortfall) => {
      const rule = rules[shortfall.rule - 1]!;
      const common = {
        rule: shortfall.rule,
        point: names.get(rule.knowledgePointId)!,
        filter: filterOf(rule),
        available: shortfall.available,
        needed: shortfall.needed,
      };
      const field = `rules.${shortfall.rule - 1}.count`;
      const error =
        shortfall.kind === 'TOO_FEW'
          ? papersErrors.ruleTooFew(common, field)
          : papersErrors.ruleOverlap(
              { ...common, possible: shortfall.possible, others: shortfall.overlapsWith.join('、') },
              field,
            );
      return {
        rule: shortfall.rule,
        kind: shortfall.kind,
        available: shortfall.available,
        needed: shortfall.needed,
        error,
      };
    });
}
