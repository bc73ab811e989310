// Evidence photos (拍照留证): whether a result needs one. The form asks for it and the service refuses a
// submission without it by this one rule.
import { judgeOutcome } from './scoring.ts';
import type { ChecklistItem, ItemOutcome } from './types.ts';

/** Whether the item's result must carry a photo: never for 不适用; for a passing result only if ALWAYS. */
export function photoNeeded(item: ChecklistItem, outcome: ItemOutcome): boolean {
  if (!item.photoRequired || outcome === 'NA') return false;
  return item.photoWhen !== 'ON_PROBLEM' || judgeOutcome(item, outcome) === 'PROBLEM';
}
