// The answers an inspector gives item by item (逐项检查), and what the service expects from them. Pure:
// the page keeps these in a reactive object, local storage keeps them as JSON.
import { judgeOutcome, photoNeeded } from '@duda/contract-inspection';
import type { ChecklistItem, ChecklistSection, ItemOutcome } from '@duda/contract-inspection';

/** An evidence photo already stored by the service (its id is what results cite). */
export interface PhotoRef {
  id: string;
  url: string;
  name: string;
}

export interface ItemAnswer {
  /** null until the inspector judges the item. */
  outcome: ItemOutcome | null;
  /** 问题描述; becomes the problem text of a rectification order. */
  note: string;
  photos: PhotoRef[];
}

/** Answers by item code. */
export type Answers = Record<string, ItemAnswer>;

/** A complete result as `inspections.submit` takes it. */
export interface SubmittedResult {
  itemCode: string;
  outcome: ItemOutcome;
  note: string | null;
  photoIds: string[];
}

/** A draft result as the service stores it: items may be unjudged. */
export interface DraftResult {
  itemCode: string;
  outcome: ItemOutcome | null;
  note: string | null;
  photoIds: string[];
}

export const emptyAnswer = (): ItemAnswer => ({ outcome: null, note: '', photos: [] });

export const answerOf = (answers: Answers, code: string): ItemAnswer => answers[code] ?? emptyAnswer();

const touched = (answer: ItemAnswer) =>
  answer.outcome !== null || answer.note.trim() !== '' || answer.photos.length > 0;

/** Answers rebuilt from a saved draft or submitted results; photo URLs come from the service's signed links. */
export function answersFromResults(
  results: readonly {
    itemCode: string;
    outcome?: ItemOutcome | null;
    note?: string | null;
    photoIds?: readonly string[];
  }[],
  photoUrls: Readonly<Record<string, string>>,
): Answers {
  const answers: Answers = {};
  for (const result of results) {
    answers[result.itemCode] = {
      outcome: result.outcome ?? null,
      note: result.note ?? '',
      photos: (result.photoIds ?? []).flatMap((id) => {
        const url = photoUrls[id];
        return url ? [{ id, url, name: id }] : [];
      }),
    };
  }
  return answers;
}

/** What an autosave sends: every item the inspector has touched, judged or not. */
export function draftResults(answers: Answers): DraftResult[] {
  return Object.entries(answers)
    .filter(([, answer]) => touched(answer))
    .map(([itemCode, answer]) => ({
      itemCode,
      outcome: answer.outcome,
      note: answer.note.trim() || null,
      photoIds: answer.photos.map((photo) => photo.id),
    }));
}

/** Whether two sets of answers say the same (e.g. a save reached the server but its answer was lost). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const canonical = (answers: Answers) =>
    JSON.stringify(draftResults(answers).sort((x, y) => x.itemCode.localeCompare(y.itemCode)));
  return canonical(a) === canonical(b);
}

export interface Progress {
  answered: number;
  total: number;
  bySection: Record<string, { answered: number; total: number }>;
}

export function progressOf(sections: readonly ChecklistSection[], answers: Answers): Progress {
  const bySection: Progress['bySection'] = {};
  let answered = 0;
  let total = 0;
  for (const section of sections) {
    const done = section.items.filter((item) => answerOf(answers, item.code).outcome !== null).length;
    bySection[section.code] = { answered: done, total: section.items.length };
    answered += done;
    total += section.items.length;
  }
  return { answered, total, bySection };
}

/** The items not judged yet, in checklist order: what "其余全部合格" would mark. */
export function unjudgedItems(sections: readonly ChecklistSection[], answers: Answers): ChecklistItem[] {
  return sections.flatMap((section) =>
    section.items.filter((item) => answerOf(answers, item.code).outcome === null),
  );
}

/** An item 其余全部合格 passed on the service, with the result it was given. */
export interface PassedItem {
  itemCode: string;
  outcome: ItemOutcome;
}

/**
 * The answers of the items the service's 其余全部合格 passed: each takes its result and keeps any note or
 * photo it has. Returns the changed answers only.
 */
export function withPassedItems(answers: Answers, passed: readonly PassedItem[]): Answers {
  return Object.fromEntries(
    passed.map((item) => [item.itemCode, { ...answerOf(answers, item.itemCode), outcome: item.outcome }]),
  );
}

/** Whether the answer marks a problem (问题项) the hall must rectify: a FAIL or anything below full points. */
export function isProblem(item: ChecklistItem, answer: ItemAnswer): boolean {
  return answer.outcome !== null && judgeOutcome(item, answer.outcome) === 'PROBLEM';
}

/** Judged, and the item's photo policy asks for evidence of that result (the service holds it to the same rule). */
export function needsPhoto(item: ChecklistItem, answer: ItemAnswer): boolean {
  return answer.outcome !== null && photoNeeded(item, answer.outcome) && answer.photos.length === 0;
}

export type Gap = { itemCode: string; sectionCode: string; reason: 'unanswered' | 'photoMissing' };

/** What still stands between the form and a submission, in checklist order. */
export function submissionGaps(sections: readonly ChecklistSection[], answers: Answers): Gap[] {
  return sections.flatMap((section) =>
    section.items.flatMap((item): Gap[] => {
      const answer = answerOf(answers, item.code);
      if (answer.outcome === null)
        return [{ itemCode: item.code, sectionCode: section.code, reason: 'unanswered' }];
      if (needsPhoto(item, answer))
        return [{ itemCode: item.code, sectionCode: section.code, reason: 'photoMissing' }];
      return [];
    }),
  );
}

/** The complete results to submit, in checklist order; only call once `submissionGaps` is empty. */
export function submissionResults(
  sections: readonly ChecklistSection[],
  answers: Answers,
): SubmittedResult[] {
  return sections.flatMap((section) =>
    section.items.map((item) => {
      const answer = answerOf(answers, item.code);
      if (answer.outcome === null) throw new Error(`item ${item.code} has no outcome`);
      return {
        itemCode: item.code,
        outcome: answer.outcome,
        note: answer.note.trim() || null,
        photoIds: answer.photos.map((photo) => photo.id),
      };
    }),
  );
}
