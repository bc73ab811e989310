// What a question is made of, per type (题型): the body an examinee sees, the answer key only markers and the
// review rule may reveal, and the shape of a response. One discriminated union each, keyed by `type`, so a body,
// key or response of the wrong type is refused where it enters.
import { text } from '@duda/contract-kit';
import { z } from 'zod';
import { trainingErrors } from './errors.ts';

const optionId = text().min(1).max(8);
const option = z.object({
  id: optionId,
  text: text().trim().min(1, { error: trainingErrors.optionEmpty.code }).max(500),
});
const options = z.array(option).min(2, { error: trainingErrors.tooFewOptions.code }).max(8);
const acceptedAnswer = text().trim().min(1).max(200);

export const questionBody = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SINGLE_CHOICE'), options }),
  z.object({ type: z.literal('MULTIPLE_CHOICE'), options }),
  z.object({ type: z.literal('TRUE_FALSE') }),
  /** The stem marks each blank as `____` (four or more underscores); blanks are numbered in order. */
  z.object({ type: z.literal('FILL_IN'), blanks: z.number().int().min(1).max(10) }),
  z.object({
    type: z.literal('MATCHING'),
    prompts: z.array(option).min(2).max(10),
    choices: z.array(option).min(2).max(12),
  }),
  /** Marked by hand against the rubric (评分要点). */
  z.object({ type: z.literal('SHORT_ANSWER'), rubric: text().trim().min(1).max(2000) }),
]);
export type QuestionBody = z.infer<typeof questionBody>;

export const questionKey = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SINGLE_CHOICE'), correct: optionId }),
  z.object({ type: z.literal('MULTIPLE_CHOICE'), correct: z.array(optionId).min(1).max(8) }),
  z.object({ type: z.literal('TRUE_FALSE'), correct: z.boolean() }),
  /**
   * Per blank, every accepted answer. Answers are compared after normalisation: Unicode NFKC (full-width letters,
   * digits and punctuation become half-width), surrounding spaces trimmed and inner runs of spaces collapsed to one,
   * and case ignored unless `caseSensitive`.
   */
  z.object({
    type: z.literal('FILL_IN'),
    blanks: z.array(z.array(acceptedAnswer).min(1).max(10)).min(1).max(10),
    caseSensitive: z.boolean().default(false),
  }),
  /** Prompt id → the id of its choice. */
  z.object({ type: z.literal('MATCHING'), pairs: z.record(optionId, optionId) }),
  /** A model answer for the marker; nothing is marked automatically. */
  z.object({ type: z.literal('SHORT_ANSWER'), reference: text().trim().max(4000).default('') }),
]);
export type QuestionKey = z.infer<typeof questionKey>;

export const questionResponse = z.discriminatedUnion('type', [
  z.object({ type: z.literal('SINGLE_CHOICE'), choice: optionId.nullable() }),
  z.object({ type: z.literal('MULTIPLE_CHOICE'), choices: z.array(optionId).max(8) }),
  z.object({ type: z.literal('TRUE_FALSE'), value: z.boolean().nullable() }),
  z.object({ type: z.literal('FILL_IN'), blanks: z.array(text().max(200)).max(10) }),
  z.object({ type: z.literal('MATCHING'), pairs: z.record(optionId, optionId.nullable()) }),
  z.object({ type: z.literal('SHORT_ANSWER'), text: text().max(5000) }),
]);
export type QuestionResponse = z.infer<typeof questionResponse>;

/** The blanks a fill-in stem marks: runs of four or more underscores. */
export const BLANK_PATTERN = /_{4,}/g;
export const blanksIn = (stem: string): number => stem.match(BLANK_PATTERN)?.length ?? 0;
