// Demo papers (试卷), built from the bank the bank step seeded: a fixed paper for the district written exams (the
// same questions for everyone, so the item analysis has every question answered by every examinee) and a random
// paper for the city monthly exam (each top knowledge point drawn at random). Both published.
import { paperTotal, type PaperRule, type PaperSlot, type QuestionType } from '@duda/contract-training';
import { drawableQuestions } from '../bank/drawable.ts';
import { ruleShortfalls, candidatesOf } from '../domain/paper-rules.ts';
import { subtreeIds } from '../domain/bank-knowledge-tree.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { TrainingPrisma } from '../prisma.ts';

export interface SeededPapers {
  fixed: { id: string; totalPoints: number } | null;
  random: { id: string; totalPoints: number } | null;
}

/** Points by type on the demo papers; how many of each the fixed paper holds. */
const FIXED_MIX: [QuestionType, number, number][] = [
  ['SINGLE_CHOICE', 10, 2],
  ['MULTIPLE_CHOICE', 5, 4],
  ['TRUE_FALSE', 10, 1],
  ['FILL_IN', 3, 4],
  ['MATCHING', 1, 6],
  ['SHORT_ANSWER', 1, 12],
];

const json = (value: unknown) => value as Prisma.InputJsonValue;

export async function seedPapers(
  prisma: TrainingPrisma,
  cityId: string,
  trainerId: string,
): Promise<SeededPapers> {
  const questions = await drawableQuestions({ prisma }, { cityId });
  if (questions.length === 0) return { fixed: null, random: null };
  const points = await prisma.knowledgePoint.findMany({
    where: { cityId },
    select: { id: true, parentId: true, name: true, sortOrder: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
  });

  // Spread over the knowledge points: the i-th question of a type from a different point each time.
  const slots: PaperSlot[] = FIXED_MIX.flatMap(([type, count, value]) =>
    questions
      .filter((q) => q.type === type)
      .sort((a, b) => a.knowledgePointId.localeCompare(b.knowledgePointId) || a.difficulty - b.difficulty)
      .filter((_, i, all) => i % Math.max(1, Math.floor(all.length / count)) === 0)
      .slice(0, count)
      .map((q) => ({ questionId: q.questionId, points: value })),
  );

  // One rule per top knowledge point: objective questions of the middle difficulties, as many as it can give.
  const tops = points.filter((p) => p.parentId === null).slice(0, 6);
  const rules: PaperRule[] = tops.flatMap((top) => {
    const under = new Set(subtreeIds(points, [top.id]));
    const single = candidatesOf({ type: 'SINGLE_CHOICE' }, under, questions).length;
    const judged = candidatesOf({ type: 'TRUE_FALSE' }, under, questions).length;
    return [
      ...(single >= 2
        ? [
            {
              knowledgePointId: top.id,
              type: 'SINGLE_CHOICE' as const,
              count: Math.min(6, single),
              points: 2,
            },
          ]
        : []),
      ...(judged >= 2
        ? [{ knowledgePointId: top.id, type: 'TRUE_FALSE' as const, count: Math.min(4, judged), points: 1 }]
        : []),
    ];
  });
  const satisfiable =
    rules.length > 0 &&
    ruleShortfalls(
      rules.map((rule) => ({
        count: rule.count,
        candidateIds: candidatesOf(rule, new Set(subtreeIds(points, [rule.knowledgePointId])), questions),
      })),
    ).length === 0;

  const create = async (
    kind: 'FIXED' | 'RANDOM',
    title: string,
    content: { slots: PaperSlot[]; rules: PaperRule[] },
  ) => {
    const totalPoints = paperTotal({ kind, ...content });
    const paper = await prisma.paper.create({
      data: {
        cityId,
        title,
        kind,
        status: 'PUBLISHED',
        shuffleQuestions: true,
        shuffleOptions: true,
        slots: json(content.slots),
        rules: json(content.rules),
        totalPoints,
        createdById: trainerId,
      },
    });
    return { id: paper.id, totalPoints };
  };
  return {
    fixed: slots.length
      ? await create('FIXED', '营业厅业务知识笔试卷（固定卷）', { slots, rules: [] })
      : null,
    random: satisfiable ? await create('RANDOM', '三大渠道月考卷（随机抽题）', { slots: [], rules }) : null,
  };
}
