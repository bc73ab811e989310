// Drawing a new attempt's questions (抽题) from the exam's paper and the bank as it is now: the paper's rules get
// their knowledge points with every sub-point, the bank gives the current version of each question in use.
import { randomUUID } from 'node:crypto';
import type { AttemptDraw, PaperRule, PaperSlot } from '@duda/contract-training';
import { drawableQuestions, type DrawableQuestion } from '../bank/drawable.ts';
import type { TrainingDeps } from '../deps.ts';
import { subtreeIds } from '../domain/bank-knowledge-tree.ts';
import { drawAttempt, type DrawSourcePaper } from '../domain/paper-drawing.ts';
import type { PaperKind } from '../generated/prisma/enums.ts';

export interface PaperToDraw {
  cityId: string;
  kind: PaperKind;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  slots: unknown;
  rules: unknown;
}

/** What draws are made from: the paper with its rules' knowledge points resolved, and the bank that fits it. */
export async function drawSource(
  deps: Pick<TrainingDeps, 'prisma'>,
  paper: PaperToDraw,
): Promise<{ paper: DrawSourcePaper; bank: DrawableQuestion[] }> {
  const slots = paper.slots as PaperSlot[];
  const rules = paper.rules as PaperRule[];
  const shuffle = { shuffleQuestions: paper.shuffleQuestions, shuffleOptions: paper.shuffleOptions };
  if (paper.kind === 'FIXED') {
    const bank = await drawableQuestions(deps, {
      cityId: paper.cityId,
      questionIds: slots.map((s) => s.questionId),
    });
    return { paper: { ...shuffle, kind: 'FIXED', slots, rules: [] }, bank };
  }
  const nodes = await deps.prisma.knowledgePoint.findMany({
    where: { cityId: paper.cityId },
    select: { id: true, parentId: true, name: true, sortOrder: true },
  });
  const resolved = rules.map((rule) => ({
    knowledgePointIds: subtreeIds(nodes, [rule.knowledgePointId]),
    difficulty: rule.difficulty ?? null,
    type: rule.type ?? null,
    count: rule.count,
    points: rule.points,
  }));
  const bank = await drawableQuestions(deps, {
    cityId: paper.cityId,
    knowledgePointIds: [...new Set(rules.map((r) => r.knowledgePointId))],
  });
  return { paper: { ...shuffle, kind: 'RANDOM', slots: [], rules: resolved }, bank };
}

/** A new attempt's draw, with a fresh seed kept in it. */
export async function drawForAttempt(
  deps: Pick<TrainingDeps, 'prisma'>,
  paper: PaperToDraw,
): Promise<AttemptDraw> {
  const source = await drawSource(deps, paper);
  return drawAttempt(source.paper, source.bank, randomUUID());
}
