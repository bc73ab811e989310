// The shapes shared by the inspection domain: checklist standards (检查标准), inspections and their item
// results. Database rows and API inputs are mapped onto these; nothing here depends on storage.
import type {
  ChecklistKind,
  ITEM_VERDICTS,
  PhotoWhen,
  ScoringMode,
  Severity,
  TemplateStatus,
} from '../enums.ts';

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
  /** 拍照留证: a judged (not N/A) result must carry at least one photo, when `photoWhen` says. */
  photoRequired: boolean;
  /** When the photo is needed; absent (a version saved before the setting) means ALWAYS. */
  photoWhen?: PhotoWhen;
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
export type ItemOutcome = (typeof ITEM_VERDICTS)[number] | number;

export interface ItemResult {
  itemCode: string;
  outcome: ItemOutcome;
  /** 问题描述 written by the inspector; it becomes the problem text of a rectification order. */
  note?: string | null;
  photoIds?: readonly string[];
}
