// Checks inspection results against the template version they were recorded on. A submission must be
// complete; an autosaved draft may be partial, but every value it holds must already be valid so the
// inspector learns about a mistake while still in the hall.
import { inspectionErrors } from '../errors.ts';
import { photoNeeded } from './photo-policy.ts';
import type { ChecklistItem, ChecklistTemplate, ItemResult } from './types.ts';

type ValidationMode = 'SUBMIT' | 'DRAFT';

/** How the messages name an item: `检查项 A01「仪容仪表规范」`. */
const named = (item: ChecklistItem) => ({ code: item.code, title: item.title });

function validateOutcome(item: ChecklistItem, result: ItemResult): void {
  const field = `results.${item.code}.outcome`;
  const { outcome } = result;
  if (outcome === 'NA') {
    if (!item.allowNotApplicable) throw inspectionErrors.naNotAllowed(named(item), field);
    return;
  }
  if (item.scoringMode === 'PASS_FAIL') {
    if (outcome !== 'PASS' && outcome !== 'FAIL') {
      throw inspectionErrors.passFailOnly(named(item), field);
    }
    return;
  }
  const maxPoints = item.maxPoints ?? 0;
  if (typeof outcome !== 'number' || !Number.isFinite(outcome)) {
    throw inspectionErrors.pointsRequired({ ...named(item), max: maxPoints }, field);
  }
  if (outcome < 0 || outcome > maxPoints) {
    throw inspectionErrors.pointsRange({ ...named(item), max: maxPoints, points: outcome }, field);
  }
  if (!Number.isInteger(outcome)) {
    throw inspectionErrors.pointsWhole(named(item), field);
  }
}

function validatePhotos(item: ChecklistItem, result: ItemResult): void {
  if (photoNeeded(item, result.outcome) && (result.photoIds?.length ?? 0) === 0) {
    throw inspectionErrors.photoEvidenceRequired(named(item), `results.${item.code}.photoIds`);
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
      throw inspectionErrors.unknownItem(
        { code: result.itemCode, standard: template.name, version: template.version },
        `results.${result.itemCode}`,
      );
    }
    if (byCode.has(item.code)) {
      throw inspectionErrors.itemTwice(named(item), `results.${item.code}`);
    }
    validateOutcome(item, result);
    // Photos are uploaded after the judgement, so a draft is not held to them yet.
    if (mode === 'SUBMIT') validatePhotos(item, result);
    byCode.set(item.code, result);
  }
  if (mode === 'SUBMIT') {
    for (const item of items.values()) {
      if (!byCode.has(item.code)) {
        throw inspectionErrors.itemMissing(named(item), `results.${item.code}`);
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
