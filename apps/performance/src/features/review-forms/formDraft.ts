// The rater's form while it is being filled in: every change is kept in the browser at once (so a reload or a
// lost connection keeps it) and saved to the server shortly after (so another device finds it). On opening, a
// browser copy that the server never got wins over the server's draft.
import type { ReviewAnswer } from '@duda/contract-performance';

export interface KeptDraft {
  answers: ReviewAnswer[];
  /** False until the server has confirmed this very copy. */
  saved: boolean;
}

export const draftKey = (formId: string) => `duda.performance.review.${formId}`;

export function readKept(storage: Pick<Storage, 'getItem'>, formId: string): KeptDraft | null {
  try {
    const kept = JSON.parse(storage.getItem(draftKey(formId)) ?? 'null') as KeptDraft | null;
    return kept && Array.isArray(kept.answers) ? kept : null;
  } catch {
    return null;
  }
}

/**
 * The answers to start from: the unsaved browser copy if it fits the questionnaire (then it is to be sent), else
 * the server's.
 */
export function startingAnswers(
  server: readonly ReviewAnswer[],
  kept: KeptDraft | null,
): { answers: ReviewAnswer[]; unsent: boolean } {
  const fits =
    kept !== null &&
    !kept.saved &&
    kept.answers.length === server.length &&
    server.every((answer, index) => kept.answers[index]?.key === answer.key);
  return { answers: (fits ? kept.answers : server).map((answer) => ({ ...answer })), unsent: fits };
}

export const isComplete = (answers: readonly ReviewAnswer[]) => answers.every((a) => a.score !== null);

/** Runs `save` once the answers have rested for `delay` ms; `flush` saves at once (leaving the page). */
export function debounced(save: () => Promise<unknown>, delay: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    return save();
  };
  return {
    schedule() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void run(), delay);
    },
    flush: () => (timer ? run() : Promise.resolve()),
  };
}
