// Checks inspection results against the template version they were recorded on. A submission must be
// complete; an autosaved draft may be partial, but every value it holds must already be valid so the
// inspector learns about a mistake while still in the hall.
import { badRequest } from '@duda/service-kit/errors';
import type { ChecklistItem, ChecklistTemplate, ItemResult } from './types.ts';

type ValidationMode = 'SUBMIT' | 'DRAFT';

const itemName = (item: ChecklistItem) => `检查项 ${item.code}「${item.title}」`;

function validateOutcome(item: ChecklistItem, result: ItemResult): void {
  const field = `results.${item.code}.outcome`;
  const { outcome } = result;
  if (outcome === 'NA') {
    if (!item.allowNotApplicable) throw badRequest(`${itemName(item)}不允许判定为"不适用"。`, field);
    return;
  }
  if (item.scoringMode === 'PASS_FAIL') {
    if (outcome !== 'PASS' && outcome !== 'FAIL') {
      throw badRequest(`${itemName(item)}只能判定为合格或不合格。`, field);
    }
    return;
  }
  const maxPoints = item.maxPoints ?? 0;
  if (typeof outcome !== 'number' || !Number.isFinite(outcome)) {
    throw badRequest(`${itemName(item)}需要填写 0 到 ${maxPoints} 分之间的得分。`, field);
  }
  if (outcome < 0 || outcome > maxPoints) {
    throw badRequest(
      `${itemName(item)}的得分应在 0 到 ${maxPoints} 分之间，当前填写的是 ${outcome} 分。`,
      field,
    );
  }
  if (!Number.isInteger(outcome)) {
    throw badRequest(`${itemName(item)}的得分只能是整数。`, field);
  }
}

function validatePhotos(item: ChecklistItem, result: ItemResult): void {
  if (item.photoRequired && result.outcome !== 'NA' && (result.photoIds?.length ?? 0) === 0) {
    throw badRequest(`${itemName(item)}需要拍照留证，请至少上传一张照片。`, `results.${item.code}.photoIds`);
  }
}

function itemsByCode(template: ChecklistTemplate): Map<string, ChecklistItem> {
  return new Map(template.sections.flatMap((section) => section.items.map((item) => [item.code, item])));
}

function validateResults(
  template: ChecklistTemplate,
  results: readonly ItemResult[],
  mode: ValidationMode,
): Map<string, ItemResult> {
  const items = itemsByCode(template);
  const byCode = new Map<string, ItemResult>();
  for (const result of results) {
    const item = items.get(result.itemCode);
    if (!item) {
      throw badRequest(
        `检查项 ${result.itemCode} 不在检查标准「${template.name}」(第 ${template.version} 版）中。`,
        `results.${result.itemCode}`,
      );
    }
    if (byCode.has(item.code)) {
      throw badRequest(`${itemName(item)}填写了不止一次。`, `results.${item.code}`);
    }
    validateOutcome(item, result);
    // Photos are uploaded after the judgement, so a draft is not held to them yet.
    if (mode === 'SUBMIT') validatePhotos(item, result);
    byCode.set(item.code, result);
  }
  if (mode === 'SUBMIT') {
    for (const item of items.values()) {
      if (!byCode.has(item.code)) {
        throw badRequest(`${itemName(item)}还没有填写检查结果。`, `results.${item.code}`);
      }
    }
  }
  return byCode;
}

/** Validates a complete submission and returns the results keyed by item code. */
export function validateSubmission(
  template: ChecklistTemplate,
  results: readonly ItemResult[],
): Map<string, ItemResult> {
  return validateResults(template, results, 'SUBMIT');
}

/** Validates an autosaved draft: items may be missing and photos may come later, values must be valid. */
export function validateDraft(template: ChecklistTemplate, partialResults: readonly ItemResult[]): void {
  validateResults(template, partialResults, 'DRAFT');
}
