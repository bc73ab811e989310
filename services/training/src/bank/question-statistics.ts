// The bank list's facility and discrimination per question, from the submitted, counted and fully marked attempts
// whose draw holds the question (whatever version of it they showed).
import type { AttemptDraw } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { bankItemFigures, type BankItemFigures } from '../domain/bank-item-statistics.ts';

export async function questionFigures(
  deps: TrainingDeps,
  questionIds: readonly string[],
): Promise<Map<string, BankItemFigures>> {
  if (questionIds.length === 0) return new Map();
  const attempts = await deps.prisma.examAttempt.findMany({
    where: {
      status: 'SUBMITTED',
      counted: true,
      needsMarking: false,
      score: { not: null },
      OR: questionIds.map((questionId) => ({ draw: { path: ['slots'], array_contains: [{ questionId }] } })),
    },
    select: { draw: true, score: true, maxScore: true, answers: { select: { slot: true, mark: true } } },
  });
  return bankItemFigures(
    attempts.map((a) => ({
      slots: (a.draw as unknown as AttemptDraw).slots,
      marks: new Map(a.answers.map((answer) => [answer.slot, answer.mark])),
      score: a.score!,
      maxScore: a.maxScore,
    })),
    questionIds,
  );
}
