// A paper as an examinee would see it (试卷预览): one draw with a seed, questions and options in the order drawn,
// without the answer key.
import type { QuestionBody, QuestionType } from '@duda/contract-training';
import { randomUUID } from 'node:crypto';
import { questionVersionsByIds } from '../bank/drawable.ts';
import type { TrainingDeps } from '../deps.ts';
import { subtreeIds } from '../domain/bank-knowledge-tree.ts';
import { drawAttempt } from '../domain/paper-drawing.ts';
import { paperOrFail, type PaperCtx } from './paper-access.ts';
import { bankOf } from './paper-check.ts';
import { rulesOf, slotsOf } from './paper-service.ts';

/** Options shown in the drawn order; matching choices likewise. */
function inDrawnOrder(body: QuestionBody, order: readonly string[] | undefined): QuestionBody {
  if (!order) return body;
  const arrange = <T extends { id: string }>(items: T[]) =>
    order.map((id) => items.find((item) => item.id === id)).filter((item): item is T => item !== undefined);
  if (body.type === 'SINGLE_CHOICE' || body.type === 'MULTIPLE_CHOICE')
    return { ...body, options: arrange(body.options) };
  if (body.type === 'MATCHING') return { ...body, choices: arrange(body.choices) };
  return body;
}

export interface PreviewSlot {
  slot: number;
  type: QuestionType;
  points: number;
  stem: string;
  body: QuestionBody;
}

export async function previewPaper(deps: TrainingDeps, ctx: PaperCtx, id: string, seed?: string | null) {
  const row = await paperOrFail(deps, ctx, id);
  const bank = await bankOf(deps, row.cityId);
  const usedSeed = seed ?? randomUUID();
  const draw = drawAttempt(
    {
      kind: row.kind,
      shuffleQuestions: row.shuffleQuestions,
      shuffleOptions: row.shuffleOptions,
      slots: slotsOf(row),
      rules: rulesOf(row).map((rule) => ({
        ...rule,
        knowledgePointIds: subtreeIds(bank.points, [rule.knowledgePointId]),
      })),
    },
    bank.questions,
    usedSeed,
  );
  const versions = new Map(
    (
      await questionVersionsByIds(
        deps,
        draw.slots.map((s) => s.versionId),
      )
    ).map((v) => [v.versionId, v]),
  );
  const slots: PreviewSlot[] = draw.slots.map((drawn) => {
    const version = versions.get(drawn.versionId)!;
    return {
      slot: drawn.slot,
      type: drawn.type,
      points: drawn.points,
      stem: version.stem,
      body: inDrawnOrder(version.body, drawn.optionOrder),
    };
  });
  return {
    title: row.title,
    seed: usedSeed,
    totalPoints: slots.reduce((sum, s) => sum + s.points, 0),
    slots,
  };
}
