// 其余全部合格 (the rest passes): the inspector's shortcut at the end of a visit where nothing else is wrong.
// It gives every item still without a result its passing result and touches nothing already judged; the
// service records who applied it and to how many items.
import { inspectionErrors, passingOutcome } from '@duda/contract-inspection';
import type {
  ChecklistSection,
  DraftItemResultInput,
  InspectionStatus,
  ItemOutcome,
} from '@duda/contract-inspection';

export interface RestPassed {
  /** The draft's results afterwards: every item of the checklist has a result. */
  results: DraftItemResultInput[];
  /** The items it passed, in checklist order, with the result each was given (合格, or full points). */
  marked: { itemCode: string; outcome: ItemOutcome }[];
}

const unjudged = (result: DraftItemResultInput | undefined) =>
  result?.outcome === null || result?.outcome === undefined;

/** Passes the items of a draft not judged yet, keeping their notes and photos; a submitted inspection refuses. */
export function markRestPassed(
  inspection: { status: InspectionStatus },
  sections: readonly ChecklistSection[],
  results: readonly DraftItemResultInput[],
): RestPassed {
  if (inspection.status !== 'DRAFT') throw inspectionErrors.inspectionSubmitted();
  const byCode = new Map(results.map((result) => [result.itemCode, result]));
  const marked = sections
    .flatMap((section) => section.items)
    .filter((item) => unjudged(byCode.get(item.code)))
    .map((item) => ({ itemCode: item.code, outcome: passingOutcome(item) }));
  const passing = new Map(marked.map((mark) => [mark.itemCode, mark.outcome]));
  const kept = results.map((result) => {
    const outcome = passing.get(result.itemCode);
    return outcome === undefined ? result : { ...result, outcome };
  });
  const added = marked
    .filter((mark) => !byCode.has(mark.itemCode))
    .map((mark) => ({ ...mark, note: null, photoIds: [] }));
  return { results: [...kept, ...added], marked };
}
