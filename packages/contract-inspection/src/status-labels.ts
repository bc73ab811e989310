// One vocabulary for statuses: the words of the contract's terms (the ones its messages use) are the words of
// every status tag, history chip and filter of the pages, so a plan is 已下发 everywhere, never 已发布 in one place.
import type { MessageCatalog, WireError } from '@duda/contract-kit';
import { orderStatusTerms, planStatusTerms } from './errors.ts';
import { PLAN_STATUSES, type PlanStatus } from './plans.ts';
import { RECTIFICATION_STATUSES, type RectificationStatus } from './rectifications.ts';

interface Terms<Key extends string> {
  catalog: MessageCatalog;
  term(key: Key): WireError;
}

const chineseLabels = <Key extends string>(terms: Terms<Key>, keys: readonly Key[]) =>
  Object.fromEntries(keys.map((key) => [key, terms.catalog[terms.term(key).code]!['zh-CN']])) as Record<
    Key,
    string
  >;

/** 草稿, 待审批, 已审批, 已退回, 已下发. */
export const PLAN_STATUS_LABELS_ZH: Record<PlanStatus, string> = chineseLabels(
  planStatusTerms,
  PLAN_STATUSES,
);

/** 待整改, 待验证, 已退回重改, 已闭环. */
export const ORDER_STATUS_LABELS_ZH: Record<RectificationStatus, string> = chineseLabels(
  orderStatusTerms,
  RECTIFICATION_STATUSES,
);
