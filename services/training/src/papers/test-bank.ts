// A small bank for the papers and exams tests, written straight into the training schema: a knowledge-point tree
// 业务知识 → 携号转网, 套餐资费, and questions by type and difficulty.
import type { QuestionType } from '@duda/contract-training';
import type { TrainingPrisma } from '../prisma.ts';

export interface TestBank {
  root: string;
  portability: string;
  tariffs: string;
  /** Question ids by `${pointName}/${type}/${difficulty}`. */
  questions: Record<string, string[]>;
}

const bodyOf = (type: QuestionType) =>
  type === 'SINGLE_CHOICE' || type === 'MULTIPLE_CHOICE'
    ? {
        type,
        options: [
          { id: 'A', text: '甲' },
          { id: 'B', text: '乙' },
          { id: 'C', text: '丙' },
        ],
      }
    : { type: 'TRUE_FALSE' };
const keyOf = (type: QuestionType) =>
  type === 'SINGLE_CHOICE'
    ? { type, correct: 'A' }
    : type === 'MULTIPLE_CHOICE'
      ? { type, correct: ['A', 'B'] }
      : { type: 'TRUE_FALSE', correct: true };

export async function writeTestBank(
  prisma: TrainingPrisma,
  cityId: string,
  authorId: string,
  counts: { point: 'root' | 'portability' | 'tariffs'; type: QuestionType; difficulty: number; n: number }[],
): Promise<TestBank> {
  const root = await prisma.knowledgePoint.create({ data: { cityId, name: '业务知识' } });
  const portability = await prisma.knowledgePoint.create({
    data: { cityId, name: '携号转网', parentId: root.id },
  });
  const tariffs = await prisma.knowledgePoint.create({
    data: { cityId, name: '套餐资费', parentId: root.id },
  });
  const points = { root: root.id, portability: portability.id, tariffs: tariffs.id };
  const questions: Record<string, string[]> = {};
  for (const { point, type, difficulty, n } of counts) {
    for (let i = 0; i < n; i++) {
      const q = await prisma.question.create({
        data: {
          cityId,
          type,
          knowledgePointId: points[point],
          businessLine: '移动业务',
          difficulty,
          createdById: authorId,
          versions: {
            create: {
              version: 1,
              stem: `${point} ${type} ${difficulty} 第 ${i + 1} 题`,
              body: bodyOf(type),
              answerKey: keyOf(type),
              points: 2,
              createdById: authorId,
            },
          },
        },
      });
      (questions[`${point}/${type}/${difficulty}`] ??= []).push(q.id);
    }
  }
  return { ...points, questions };
}
