// The shapes shared by the inspection domain: checklist standards (检查标准), inspections and their item
// results. Database rows and API inputs are mapped onto these; nothing here depends on storage.

/** STANDARD: 检查标准 used by supervisors; DAILY: 日检表 the hall manager walks twice a day. */
export type ChecklistKind = 'STANDARD' | 'DAILY';

/** Only a PUBLISHED version can be used for new inspections; RETIRED versions stay readable for history. */
export type TemplateStatus = 'DRAFT' | 'PUBLISHED' | 'RETIRED';

/** PASS_FAIL: 合格/不合格; POINTS: whole points from 0 to maxPoints (e.g. a 0–5 rating). */
export type ScoringMode = 'PASS_FAIL' | 'POINTS';

/** How urgently a problem on this item must be rectified (整改紧急程度). */
export type Severity = 'CRITICAL' | 'MAJOR' | 'MINOR';

export const SEVERITY_LABELS: Record<Severity, string> = {
  CRITICAL: '严重',
  MAJOR: '一般',
  MINOR: '轻微',
};

export interface ChecklistItem {
  /** Stable within a template lineage, e.g. `A01`; results, defects and rankings key on it. */
  code: string;
  title: string;
  /** 检查方法/评分说明 shown to the inspector. */
  guidance: string;
  /**
   * 分值: the item's share of the total. Scores are normalised to 100 over the applicable items, so weights
   * need not add up to 100. Only a one-vote-veto item may weigh 0 (it then only decides pass/fail).
   */
  weight: number;
  scoringMode: ScoringMode;
  /** Top of the 0–N scale for POINTS items; null for PASS_FAIL items. */
  maxPoints: number | null;
  /** Whether the inspector may mark the item 不适用 (e.g. a hall without a queue-ticket machine). */
  allowNotApplicable: boolean;
  /** 一票否决: failing it fails the whole inspection whatever the total. */
  veto: boolean;
  /** 拍照留证: every judged (not N/A) result must carry at least one photo. */
  photoRequired: boolean;
  severity: Severity;
}

export interface ChecklistSection {
  code: string;
  name: string;
  items: readonly ChecklistItem[];
}

/** What a supervisor edits; validated before a version is published. */
export interface ChecklistTemplateContent {
  name: string;
  kind: ChecklistKind;
  /** 达标线 on the 0–100 scale; 80 unless a city decides otherwise. */
  passLine: number;
  sections: readonly ChecklistSection[];
}

/** One version of a city's standard. `id` names the lineage; (id, version) names this version. */
export interface ChecklistTemplate extends ChecklistTemplateContent {
  id: string;
  cityId: string;
  version: number;
  status: TemplateStatus;
  publishedAt: Date | null;
}

export const DEFAULT_PASS_LINE = 80;

/** A POINTS item takes a number; 'NA' is 不适用. */
export type ItemOutcome = 'PASS' | 'FAIL' | 'NA' | number;

export interface ItemResult {
  itemCode: string;
  outcome: ItemOutcome;
  /** 问题描述 written by the inspector; it becomes the problem text of a rectification order. */
  note?: string | null;
  photoIds?: readonly string[];
}

/** 日检， 自查， 月度明查， 交叉巡检， 神秘客户暗访. */
export type InspectionKind = 'DAILY' | 'SELF_CHECK' | 'MONTHLY_VISIT' | 'CROSS' | 'MYSTERY';

export const INSPECTION_KIND_LABELS: Record<InspectionKind, string> = {
  DAILY: '日检',
  SELF_CHECK: '营业厅自查',
  MONTHLY_VISIT: '月度明查',
  CROSS: '交叉巡检',
  MYSTERY: '神秘客户暗访',
};

/** An inspection is a DRAFT while autosaved, SUBMITTED once scored; submitted results never change. */
export type InspectionStatus = 'DRAFT' | 'SUBMITTED';
