import type { ChecklistItem, ItemOutcome } from '@duda/contract-inspection';

/** How a result reads in lists and details: 合格 / 不合格 / 不适用 / 3/5 分, in the current language. */
export function outcomeText(
  item: Pick<ChecklistItem, 'maxPoints'>,
  outcome: ItemOutcome | null | undefined,
  translate: (key: string, values?: Record<string, unknown>) => string,
): string {
  if (outcome === null || outcome === undefined) return translate('inspection.perform.outcome.none');
  if (typeof outcome === 'number')
    return translate('inspection.perform.outcome.pointsOf', { points: outcome, max: item.maxPoints });
  return translate(`inspection.perform.outcome.${outcome}`);
}
