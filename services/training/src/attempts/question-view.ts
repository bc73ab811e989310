// A question as one examinee sees it in their attempt: the stem and the body with options in the order drawn for
// them — and nothing of the answer key, nor the marking rubric of a short answer. Every procedure that shows a
// question to an examinee builds it here, so there is one place where the key is kept out.
import type { DrawnSlot, QuestionBody, QuestionType } from '@duda/contract-training';

interface Option {
  id: string;
  text: string;
}

export type ExamineeBody =
  | { type: 'SINGLE_CHOICE' | 'MULTIPLE_CHOICE'; options: Option[] }
  | { type: 'TRUE_FALSE' }
  | { type: 'FILL_IN'; blanks: number }
  | { type: 'MATCHING'; prompts: Option[]; choices: Option[] }
  | { type: 'SHORT_ANSWER' };

export interface ExamineeQuestion {
  slot: number;
  type: QuestionType;
  points: number;
  stem: string;
  body: ExamineeBody;
}

/** Options in the drawn order; an option the version lacks is skipped, one the order lacks goes last. */
function inOrder(options: readonly Option[], order: readonly string[] | undefined): Option[] {
  if (!order) return options.map(({ id, text }) => ({ id, text }));
  const byId = new Map(options.map((o) => [o.id, o]));
  const listed = order.flatMap((id) => {
    const option = byId.get(id);
    return option ? [{ id: option.id, text: option.text }] : [];
  });
  const rest = options.filter((o) => !order.includes(o.id)).map(({ id, text }) => ({ id, text }));
  return [...listed, ...rest];
}

export function examineeBody(body: QuestionBody, optionOrder?: readonly string[]): ExamineeBody {
  switch (body.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return { type: body.type, options: inOrder(body.options, optionOrder) };
    case 'TRUE_FALSE':
      return { type: 'TRUE_FALSE' };
    case 'FILL_IN':
      return { type: 'FILL_IN', blanks: body.blanks };
    case 'MATCHING':
      return {
        type: 'MATCHING',
        prompts: inOrder(body.prompts, undefined),
        choices: inOrder(body.choices, optionOrder),
      };
    case 'SHORT_ANSWER':
      return { type: 'SHORT_ANSWER' };
  }
}

export function examineeQuestion(
  slot: DrawnSlot,
  version: { stem: string; body: QuestionBody },
): ExamineeQuestion {
  return {
    slot: slot.slot,
    type: slot.type,
    points: slot.points,
    stem: version.stem,
    body: examineeBody(version.body, slot.optionOrder),
  };
}
