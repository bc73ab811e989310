// The question editor's model: one draft holds every type's parts, so switching the type while creating keeps what
// was typed; `contentOf` makes the content the service takes (options lettered A, B… by position).
import {
  blanksIn,
  type BusinessLine,
  type QuestionBody,
  type QuestionContent,
  type QuestionKey,
  type QuestionType,
} from '@duda/contract-training';

export const OPTION_LETTERS = 'ABCDEFGH';
export const MAX_OPTIONS = 8;

export interface OptionDraft {
  text: string;
  correct: boolean;
}

export interface PromptDraft {
  text: string;
  /** Index of its choice in `choices`. */
  choice: number | null;
}

export interface QuestionDraft {
  type: QuestionType;
  stem: string;
  options: OptionDraft[];
  trueFalse: boolean | null;
  /** Per blank, the accepted answers separated by “/”. */
  blanks: string[];
  caseSensitive: boolean;
  prompts: PromptDraft[];
  choices: string[];
  rubric: string;
  reference: string;
  knowledgePointId: string | null;
  businessLine: BusinessLine | null;
  difficulty: number;
  points: number;
  source: string;
  tags: string[];
}

export function emptyDraft(
  type: QuestionType = 'SINGLE_CHOICE',
  knowledgePointId: string | null = null,
): QuestionDraft {
  return {
    type,
    stem: '',
    options: Array.from({ length: 4 }, () => ({ text: '', correct: false })),
    trueFalse: null,
    blanks: [],
    caseSensitive: false,
    prompts: [
      { text: '', choice: null },
      { text: '', choice: null },
    ],
    choices: ['', ''],
    rubric: '',
    reference: '',
    knowledgePointId,
    businessLine: null,
    difficulty: 3,
    points: 1,
    source: '',
    tags: [],
  };
}

export const optionLetter = (index: number) => OPTION_LETTERS[index] ?? String(index + 1);

/** As many blank answers as the stem marks, keeping those already typed. */
export function syncBlanks(draft: QuestionDraft): void {
  const count = blanksIn(draft.stem);
  if (draft.blanks.length === count) return;
  draft.blanks = Array.from({ length: count }, (_, i) => draft.blanks[i] ?? '');
}

/** Single choice: marking one option unmarks the others. */
export function markCorrect(draft: QuestionDraft, index: number): void {
  if (draft.type === 'SINGLE_CHOICE') draft.options.forEach((o, i) => (o.correct = i === index));
  else draft.options[index]!.correct = !draft.options[index]!.correct;
}

/** Matching: a removed choice unpairs the items paired with it; those after it keep their pairs. */
export function removeChoice(draft: QuestionDraft, index: number): void {
  draft.choices.splice(index, 1);
  for (const prompt of draft.prompts) {
    if (prompt.choice === index) prompt.choice = null;
    else if (prompt.choice !== null && prompt.choice > index) prompt.choice -= 1;
  }
}

const answersOf = (blank: string) =>
  blank
    .split('/')
    .map((a) => a.trim())
    .filter(Boolean);

function bodyAndKey(draft: QuestionDraft): { body: QuestionBody; key: QuestionKey } {
  const options = draft.options.map((o, i) => ({ id: optionLetter(i), text: o.text }));
  const correct = options.filter((_, i) => draft.options[i]!.correct).map((o) => o.id);
  switch (draft.type) {
    case 'SINGLE_CHOICE':
      return {
        body: { type: 'SINGLE_CHOICE', options },
        key: { type: 'SINGLE_CHOICE', correct: correct[0] ?? '' },
      };
    case 'MULTIPLE_CHOICE':
      return { body: { type: 'MULTIPLE_CHOICE', options }, key: { type: 'MULTIPLE_CHOICE', correct } };
    case 'TRUE_FALSE':
      return {
        body: { type: 'TRUE_FALSE' },
        key: { type: 'TRUE_FALSE', correct: draft.trueFalse as boolean },
      };
    case 'FILL_IN':
      return {
        body: { type: 'FILL_IN', blanks: draft.blanks.length },
        key: { type: 'FILL_IN', blanks: draft.blanks.map(answersOf), caseSensitive: draft.caseSensitive },
      };
    case 'MATCHING': {
      const prompts = draft.prompts.map((p, i) => ({ id: String(i + 1), text: p.text }));
      const choices = draft.choices.map((text, i) => ({ id: optionLetter(i), text }));
      const pairs = Object.fromEntries(
        draft.prompts.flatMap((p, i) => (p.choice === null ? [] : [[String(i + 1), optionLetter(p.choice)]])),
      );
      return { body: { type: 'MATCHING', prompts, choices }, key: { type: 'MATCHING', pairs } };
    }
    case 'SHORT_ANSWER':
      return {
        body: { type: 'SHORT_ANSWER', rubric: draft.rubric },
        key: { type: 'SHORT_ANSWER', reference: draft.reference },
      };
  }
}

/** What the service takes; the contract's schema and `validateQuestion` judge it before it is sent. */
export function contentOf(draft: QuestionDraft): QuestionContent {
  return {
    stem: draft.stem,
    ...bodyAndKey(draft),
    knowledgePointId: draft.knowledgePointId ?? '',
    businessLine: draft.businessLine as BusinessLine,
    difficulty: draft.difficulty,
    points: draft.points,
    source: draft.source,
    tags: draft.tags,
  };
}

/** A stored question in the editor. */
export function draftOf(
  question: Omit<QuestionContent, 'businessLine'> & { type: QuestionType; businessLine: string },
): QuestionDraft {
  const draft = emptyDraft(question.type, question.knowledgePointId);
  Object.assign(draft, {
    stem: question.stem,
    businessLine: question.businessLine as BusinessLine,
    difficulty: question.difficulty,
    points: question.points,
    source: question.source,
    tags: [...question.tags],
  });
  const { body, key } = question;
  if (body.type === 'SINGLE_CHOICE' || body.type === 'MULTIPLE_CHOICE') {
    const correct =
      key.type === 'SINGLE_CHOICE' ? [key.correct] : key.type === 'MULTIPLE_CHOICE' ? key.correct : [];
    draft.options = body.options.map((o) => ({ text: o.text, correct: correct.includes(o.id) }));
  }
  if (key.type === 'TRUE_FALSE') draft.trueFalse = key.correct;
  if (key.type === 'FILL_IN') {
    draft.blanks = key.blanks.map((answers) => answers.join('/'));
    draft.caseSensitive = key.caseSensitive;
  }
  if (body.type === 'MATCHING' && key.type === 'MATCHING') {
    draft.choices = body.choices.map((c) => c.text);
    draft.prompts = body.prompts.map((p) => {
      const index = body.choices.findIndex((c) => c.id === key.pairs[p.id]);
      return { text: p.text, choice: index < 0 ? null : index };
    });
  }
  if (body.type === 'SHORT_ANSWER') draft.rubric = body.rubric;
  if (key.type === 'SHORT_ANSWER') draft.reference = key.reference;
  return draft;
}

/** What the editor asks for before the contract's rules apply (message keys under training.bank.editor.problems). */
export type DraftProblem = 'knowledgePoint' | 'businessLine' | 'answer' | 'noBlanks';

export function draftProblem(draft: QuestionDraft): DraftProblem | null {
  if (!draft.knowledgePointId) return 'knowledgePoint';
  if (!draft.businessLine) return 'businessLine';
  if (draft.type === 'FILL_IN' && draft.blanks.length === 0) return 'noBlanks';
  const marked = draft.options.filter((o) => o.correct).length;
  if ((draft.type === 'SINGLE_CHOICE' || draft.type === 'MULTIPLE_CHOICE') && marked === 0) return 'answer';
  if (draft.type === 'TRUE_FALSE' && draft.trueFalse === null) return 'answer';
  if (draft.type === 'MATCHING' && draft.prompts.some((p) => p.choice === null)) return 'answer';
  return null;
}
