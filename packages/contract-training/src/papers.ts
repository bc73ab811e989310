// Papers (试卷): a fixed, ordered list of questions with points each, or rules that draw questions per attempt
// (N questions of a knowledge point with its sub-points, optionally of one difficulty and one type). The inputs of
// `training.papers.*`, the total the editor shows live, and the refusals with their words.
import { pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { byId, id } from './common.ts';
import { DIFFICULTIES, PAPER_KINDS, PAPER_STATUSES, QUESTION_TYPES } from './enums.ts';

/** Points of one question: half points allowed, at most 100. */
export const points = z.number().min(0.5).max(100).multipleOf(0.5);

/** One question of a fixed paper, in paper order. */
export const paperSlot = z.object({ questionId: id, points });
export type PaperSlot = z.infer<typeof paperSlot>;

/** Draw `count` questions of the knowledge point (with its sub-points), of one difficulty and type when given. */
export const paperRule = z.object({
  knowledgePointId: id,
  difficulty: z
    .number()
    .int()
    .min(DIFFICULTIES[0])
    .max(DIFFICULTIES[DIFFICULTIES.length - 1]!)
    .nullish(),
  type: z.enum(QUESTION_TYPES).nullish(),
  count: z.number().int().min(1).max(100),
  points,
});
export type PaperRule = z.infer<typeof paperRule>;

const paperContent = {
  title: text().trim().min(1).max(80),
  shuffleQuestions: z.boolean().default(true),
  shuffleOptions: z.boolean().default(true),
  slots: z.array(paperSlot).max(200).default([]),
  rules: z.array(paperRule).max(50).default([]),
};

export const paperInputs = {
  list: pageInput.extend({
    q: text().trim().max(50).nullish(),
    status: z.enum(PAPER_STATUSES).nullish(),
    kind: z.enum(PAPER_KINDS).nullish(),
  }),
  get: byId,
  create: z.object({ kind: z.enum(PAPER_KINDS), ...paperContent }),
  update: z.object({ id, ...paperContent }),
  /** The editor's live check of rules not saved yet. */
  check: z.object({ rules: z.array(paperRule).max(50) }),
  publish: byId,
  retire: byId,
  /** A published paper is changed by copying it to a new draft. */
  copy: byId,
  /** One draw as an examinee would see it; the same seed draws the same paper. */
  preview: z.object({ id, seed: text().trim().min(1).max(40).nullish() }),
};

/** What a paper is worth: each slot's points, or each rule's count × points. */
export function paperTotal(paper: {
  kind: (typeof PAPER_KINDS)[number];
  slots: readonly { points: number }[];
  rules: readonly { count: number; points: number }[];
}): number {
  return paper.kind === 'FIXED'
    ? paper.slots.reduce((sum, slot) => sum + slot.points, 0)
    : paper.rules.reduce((sum, rule) => sum + rule.count * rule.points, 0);
}
