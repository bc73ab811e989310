// One vocabulary for statuses: the words of the contract's terms (the ones its messages use) are the words of
// every status tag, history chip and filter of the pages — and of the notice's Excel export — so a plan is 已下发
// everywhere, never 已发布 in one place.
import { defineTerms, type Locale, type MessageCatalog, type WireError } from '@duda/contract-kit';
import {
  INSPECTION_STATUSES,
  NOTICE_STATUSES,
  PLAN_STATUSES,
  RECTIFICATION_STATUSES,
  TEMPLATE_STATUSES,
  type InspectionStatus,
  type NoticeStatus,
  type PlanStatus,
  type RectificationStatus,
  type TemplateStatus,
} from './enums.ts';
import { orderStatusTerms, planStatusTerms } from './errors.ts';

// No message names these statuses yet, so their English is the label itself (a tag's word), not a phrase to be
// set inside a sentence the way the plan and order terms' English is.
export const noticeStatusTerms = defineTerms<NoticeStatus>('inspection.noticeStatus', {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  PUBLISHED: { 'zh-CN': '已发布', en: 'Published' },
});

export const inspectionStatusTerms = defineTerms<InspectionStatus>('inspection.inspectionStatus', {
  DRAFT: { 'zh-CN': '填写中', en: 'In progress' },
  SUBMITTED: { 'zh-CN': '已提交', en: 'Submitted' },
});

export const templateStatusTerms = defineTerms<TemplateStatus>('inspection.templateStatus', {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  PUBLISHED: { 'zh-CN': '使用中', en: 'In use' },
  RETIRED: { 'zh-CN': '已停用', en: 'Retired' },
});

interface Terms<Key extends string> {
  catalog: MessageCatalog;
  term(key: Key): WireError;
}

// Keyed by the enum's values (not the terms'), so a value added to the enum without a term shows up as a missing
// label in the tests instead of a raw key on a page.
const labels = <Key extends string>(terms: Terms<Key>, keys: readonly Key[], locale: Locale) =>
  Object.fromEntries(keys.map((key) => [key, terms.catalog[terms.term(key).code]?.[locale]])) as Record<
    Key,
    string
  >;

/** 草稿, 待审批, 已审批, 已退回, 已下发. */
export const PLAN_STATUS_LABELS_ZH: Record<PlanStatus, string> = labels(
  planStatusTerms,
  PLAN_STATUSES,
  'zh-CN',
);

/** 待整改, 待验证, 已退回重改, 已闭环. */
export const ORDER_STATUS_LABELS_ZH: Record<RectificationStatus, string> = labels(
  orderStatusTerms,
  RECTIFICATION_STATUSES,
  'zh-CN',
);

/** 草稿, 已发布 (a monthly notice, 检查通报). */
export const NOTICE_STATUS_LABELS_ZH: Record<NoticeStatus, string> = labels(
  noticeStatusTerms,
  NOTICE_STATUSES,
  'zh-CN',
);
export const NOTICE_STATUS_LABELS_EN: Record<NoticeStatus, string> = labels(
  noticeStatusTerms,
  NOTICE_STATUSES,
  'en',
);

/** 填写中, 已提交 (an inspection, 检查记录). */
export const INSPECTION_STATUS_LABELS_ZH: Record<InspectionStatus, string> = labels(
  inspectionStatusTerms,
  INSPECTION_STATUSES,
  'zh-CN',
);
export const INSPECTION_STATUS_LABELS_EN: Record<InspectionStatus, string> = labels(
  inspectionStatusTerms,
  INSPECTION_STATUSES,
  'en',
);

/** 草稿, 使用中, 已停用 (a checklist standard's version, 检查标准). */
export const TEMPLATE_STATUS_LABELS_ZH: Record<TemplateStatus, string> = labels(
  templateStatusTerms,
  TEMPLATE_STATUSES,
  'zh-CN',
);
export const TEMPLATE_STATUS_LABELS_EN: Record<TemplateStatus, string> = labels(
  templateStatusTerms,
  TEMPLATE_STATUSES,
  'en',
);
