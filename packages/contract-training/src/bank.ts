// The question bank (题库): the knowledge-point tree's and the questions' inputs, and the content rule the editor
// and the server both run (`validateQuestion`). Refusals, business lines and import modes: bank-errors.ts.
import { comparedText, pageInput, sheetImportForm, text } from '@duda/contract-kit';
import { z } from 'zod';
import { BUSINESS_LINES, bankErrors } from './bank-errors.ts';
import { byId, id } from './common.ts';
import { QUESTION_TYPES } from './enums.ts';
import { blanksIn, questionBody, questionKey, type QuestionBody, type QuestionKey } from './questions.ts';

export * from './bank-errors.ts';

const stem = text().trim().min(1, { error: bankErrors.stemRequired.code }).max(2000);
const knowledgePointName = comparedText()
  .trim()
  .min(1)
  .max(30)
  .refine((name) => !name.includes('/'), { error: bankErrors.knowledgePointNameSlash.code });
const tag = comparedText().trim().min(1).max(20);

/** What the editor sends for a question; its type is the body's. */
export const questionContent = z.object({
  stem,
  body: questionBody,
  key: questionKey,
  knowledgePointId: id,
  businessLine: z.enum(BUSINESS_LINES),
  difficulty: z.number().int().min(1).max(5),
  source: text().trim().max(100).default(''),
  tags: z.array(tag).max(10).default([]),
  /** Suggested points on a paper. */
  points: z.number().min(0.5).max(100).default(1),
});
export type QuestionContent = z.infer<typeof questionContent>;

/** The filters of the bank list and of the export, in both. */
const bankFilter = z.object({
  type: z.enum(QUESTION_TYPES).nullish(),
  /** With everything below it. */
  knowledgePointId: id.nullish(),
  difficulty: z.number().int().min(1).max(5).nullish(),
  businessLine: z.enum(BUSINESS_LINES).nullish(),
  tag: tag.nullish(),
  /** Words in the stem. */
  search: comparedText().trim().max(100).nullish(),
  retired: z.boolean().default(false),
});
export type BankFilter = z.infer<typeof bankFilter>;

export const bankInputs = {
  knowledgePoints: {
    create: z.object({ parentId: id.nullable(), name: knowledgePointName }),
    rename: z.object({ id, name: knowledgePointName }),
    /** Under a new parent (or the same one) at a position among its siblings: moving and reordering alike. */
    move: z.object({ id, parentId: id.nullable(), position: z.number().int().min(0).max(1000) }),
    delete: byId,
  },
  questions: {
    list: pageInput.extend(bankFilter.shape),
    get: byId,
    versions: byId,
    create: questionContent,
    update: questionContent.extend({ id }),
    retire: byId,
    restore: byId,
    export: bankFilter.default({ retired: false }),
    /** Multipart: the .xlsx file and the mode. */
    import: sheetImportForm({
      fileRequired: bankErrors.importFileRequired,
      modeInvalid: bankErrors.importModeInvalid,
    }),
  },
};

/** As many as a choice question has options: the sheet has columns A–H for both. */
export const MATCHING_MAX_CHOICES = 8;

const distinct = <T>(values: readonly T[]) => values.find((v, i) => values.indexOf(v) !== i);

function validateOptions(options: readonly { id: string; text: string }[], path: string) {
  const dupId = distinct(options.map((o) => o.id));
  if (dupId !== undefined)
    throw bankErrors.optionIdDuplicate(
      { option: dupId },
      `${path}.${options.map((o) => o.id).lastIndexOf(dupId)}.id`,
    );
  const texts = options.map((o) => o.text.trim());
  const dupText = distinct(texts);
  if (dupText !== undefined)
    throw bankErrors.optionTextDuplicate({ text: dupText }, `${path}.${texts.lastIndexOf(dupText)}.text`);
}

function validateKey(stemText: string, body: QuestionBody, key: QuestionKey) {
  if (body.type === 'SINGLE_CHOICE' && key.type === 'SINGLE_CHOICE') {
    validateOptions(body.options, 'body.options');
    if (!body.options.some((o) => o.id === key.correct))
      throw bankErrors.keyUnknownOption({ option: key.correct }, 'key.correct');
  } else if (body.type === 'MULTIPLE_CHOICE' && key.type === 'MULTIPLE_CHOICE') {
    validateOptions(body.options, 'body.options');
    const dup = distinct(key.correct);
    if (dup !== undefined) throw bankErrors.keyDuplicateOption({ option: dup }, 'key.correct');
    key.correct.forEach((choice, i) => {
      if (!body.options.some((o) => o.id === choice))
        throw bankErrors.keyUnknownOption({ option: choice }, `key.correct.${i}`);
    });
  } else if (body.type === 'FILL_IN' && key.type === 'FILL_IN') {
    const marked = blanksIn(stemText);
    if (marked !== body.blanks)
      throw bankErrors.blanksMismatchStem({ stem: marked, blanks: body.blanks }, 'stem');
    if (key.blanks.length !== body.blanks)
      throw bankErrors.blanksMismatchKey({ blanks: body.blanks, answers: key.blanks.length }, 'key.blanks');
  } else if (body.type === 'MATCHING' && key.type === 'MATCHING') {
    validateOptions(body.prompts, 'body.prompts');
    validateOptions(body.choices, 'body.choices');
    if (body.choices.length > MATCHING_MAX_CHOICES)
      throw bankErrors.matchingTooManyChoices({ max: MATCHING_MAX_CHOICES }, 'body.choices');
    for (const promptId of Object.keys(key.pairs))
      if (!body.prompts.some((p) => p.id === promptId))
        throw bankErrors.matchingUnknownPrompt({ prompt: promptId }, `key.pairs.${promptId}`);
    for (const prompt of body.prompts) {
      const choice = key.pairs[prompt.id];
      if (choice === undefined)
        throw bankErrors.matchingPromptUnpaired({ prompt: prompt.text }, `key.pairs.${prompt.id}`);
      if (!body.choices.some((c) => c.id === choice))
        throw bankErrors.matchingUnknownChoice({ choice }, `key.pairs.${prompt.id}`);
    }
  }
}

/**
 * The rules of a question's content beyond its shape (run by the editor before saving and by the server): the key
 * is of the body's type and names only existing options, prompts and choices; option labels and texts are
 * distinct; a fill-in stem marks as many blanks as the question and its key have; every matching item is paired.
 * Throws the first broken rule with the field's path.
 */
export function validateQuestion(content: { stem: string; body: QuestionBody; key: QuestionKey }): void {
  if (!content.stem.trim()) throw bankErrors.stemRequired({}, 'stem');
  if (content.body.type !== content.key.type) throw bankErrors.keyTypeMismatch({}, 'key');
  validateKey(content.stem, content.body, content.key);
}
