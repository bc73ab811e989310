// What the exam side draws from the bank (抽题): current versions of questions in use, and any version by id.
// Used by papers (fixed slots, random rules) and attempts (drawing, marking); no authorization here — the caller's
// procedure has already decided who may draw or mark.
import type { QuestionBody, QuestionKey, QuestionType } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { subtreeIds } from '../domain/bank-knowledge-tree.ts';

export interface DrawableQuestion {
  questionId: string;
  versionId: string;
  version: number;
  type: QuestionType;
  knowledgePointId: string;
  businessLine: string;
  difficulty: number;
  points: number;
  /** Option ids (choices; matching: its choices) in authoring order; absent for types without options. */
  optionIds?: string[];
}

export interface DrawableFilter {
  cityId: string;
  /** Each with its whole subtree. */
  knowledgePointIds?: readonly string[];
  types?: readonly QuestionType[];
  difficulties?: readonly number[];
  businessLines?: readonly string[];
  questionIds?: readonly string[];
}

export function optionIdsOf(body: QuestionBody): string[] | undefined {
  if (body.type === 'SINGLE_CHOICE' || body.type === 'MULTIPLE_CHOICE') return body.options.map((o) => o.id);
  if (body.type === 'MATCHING') return body.choices.map((o) => o.id);
  return undefined;
}

/** Current versions of the city's questions that are not retired, matching every given filter. */
export async function drawableQuestions(
  deps: Pick<TrainingDeps, 'prisma'>,
  filter: DrawableFilter,
): Promise<DrawableQuestion[]> {
  let knowledgePointIds: string[] | undefined;
  if (filter.knowledgePointIds) {
    const nodes = await deps.prisma.knowledgePoint.findMany({ where: { cityId: filter.cityId } });
    knowledgePointIds = subtreeIds(nodes, filter.knowledgePointIds);
  }
  const questions = await deps.prisma.question.findMany({
    where: {
      cityId: filter.cityId,
      retiredAt: null,
      ...(knowledgePointIds ? { knowledgePointId: { in: knowledgePointIds } } : {}),
      ...(filter.types ? { type: { in: [...filter.types] } } : {}),
      ...(filter.difficulties ? { difficulty: { in: [...filter.difficulties] } } : {}),
      ...(filter.businessLines ? { businessLine: { in: [...filter.businessLines] } } : {}),
      ...(filter.questionIds ? { id: { in: [...filter.questionIds] } } : {}),
    },
    include: { versions: true },
    orderBy: { createdAt: 'asc' },
  });
  return questions.flatMap((q) => {
    const current = q.versions.find((v) => v.version === q.currentVersion);
    if (!current) return [];
    const optionIds = optionIdsOf(current.body as unknown as QuestionBody);
    return [
      {
        questionId: q.id,
        versionId: current.id,
        version: current.version,
        type: q.type,
        knowledgePointId: q.knowledgePointId,
        businessLine: q.businessLine,
        difficulty: q.difficulty,
        points: current.points,
        ...(optionIds ? { optionIds } : {}),
      },
    ];
  });
}

export interface QuestionVersionContent {
  versionId: string;
  questionId: string;
  version: number;
  type: QuestionType;
  stem: string;
  body: QuestionBody;
  key: QuestionKey;
  points: number;
}

/** Versions by id with their content and answer key, for showing and marking an attempt. */
export async function questionVersionsByIds(
  deps: Pick<TrainingDeps, 'prisma'>,
  versionIds: readonly string[],
): Promise<QuestionVersionContent[]> {
  const rows = await deps.prisma.questionVersion.findMany({
    where: { id: { in: [...new Set(versionIds)] } },
    include: { question: { select: { type: true } } },
  });
  return rows.map((v) => ({
    versionId: v.id,
    questionId: v.questionId,
    version: v.version,
    type: v.question.type,
    stem: v.stem,
    body: v.body as unknown as QuestionBody,
    key: v.answerKey as unknown as QuestionKey,
    points: v.points,
  }));
}

/** Marks versions as used by an attempt (their content is then frozen: an edit makes a new version). */
export async function markVersionsUsed(
  deps: Pick<TrainingDeps, 'prisma' | 'now'>,
  versionIds: readonly string[],
): Promise<void> {
  await deps.prisma.questionVersion.updateMany({
    where: { id: { in: [...new Set(versionIds)] }, usedAt: null },
    data: { usedAt: deps.now() },
  });
}
