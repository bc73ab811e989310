// Drawing a new attempt's questions (抽题) from the exam's paper and the bank as it is now: the paper's rules get
// their knowledge points with every sub-point, the bank gives the current version of each question in use.
import { randomUUID } from 'node:crypto';
import type { AttemptDraw, PaperRule, PaperSlot } from '@duda/contract-training';
import { drawableQuestions } from '../bank/drawable.ts';
import type { TrainingDeps } from '../deps.ts';
import { subtreeIds } from '../domain/bank-knowledge-tree.ts';
import { drawAttempt } from '../domain/paper-drawing.ts';
import type { PaperKind } from '../generated/prisma/enums.ts';

export interface PaperToDraw {
  cityId: string;
  kind: PaperKind;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  slots: unknown;
  rules: unknown;
}

export async function drawForAttempt(
  deps: Pick<TrainingDeps, 'prisma'>,
  paper: PaperToDraw,
): Promise<AttemptDraw> {
  const seed = randomUUID();
  const slots = paper.slots as PaperSlot[];
  const rules = paper.rules as PaperRule[];
  if (paper.kind === 'FIXED') {
    const bank = await drawableQuestions(deps, {
      cityId: paper.cityId,
      questionIds: slots.map((s) => s.questionId),
    });
    return drawAttempt({ ...paper, kind: 'FIXED', slots, rules: [] }, bank, seed);
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
  return drawAttempt({ ...paper, kind: 'RANDOM', slots: [], rules: resolved }, bank, seed);
}
