// Rules a checklist standard must satisfy before it can be published. Errors point at the offending field
// (`sections.1.items.3.weight`) so the template editor can highlight it.
import { inspectionErrors } from '../errors.ts';
import type { ChecklistItem, ChecklistTemplateContent } from './types.ts';

const ITEM_CODE_PATTERN = /^[A-Z]{1,3}\d{2,3}$/;
const MAX_POINTS_LIMIT = 100;

function validateItem(item: ChecklistItem, path: string): void {
  if (!ITEM_CODE_PATTERN.test(item.code)) {
    throw inspectionErrors.itemCodeFormat({ code: item.code }, `${path}.code`);
  }
  if (!item.title.trim()) throw inspectionErrors.itemTitleRequired({ code: item.code }, `${path}.title`);
  if (!Number.isFinite(item.weight) || item.weight < 0 || (item.weight === 0 && !item.veto)) {
    throw inspectionErrors.itemWeightPositive({ code: item.code }, `${path}.weight`);
  }
  if (item.veto && item.scoringMode !== 'PASS_FAIL') {
    // A veto is a yes/no judgement; a partial score would leave "failed" open to interpretation.
    throw inspectionErrors.vetoPassFailOnly({ code: item.code }, `${path}.scoringMode`);
  }
  if (item.scoringMode === 'POINTS') {
    const { maxPoints } = item;
    if (maxPoints === null || !Number.isInteger(maxPoints) || maxPoints < 1 || maxPoints > MAX_POINTS_LIMIT) {
      throw inspectionErrors.maxPointsRange(
        { code: item.code, limit: MAX_POINTS_LIMIT },
        `${path}.maxPoints`,
      );
    }
  } else if (item.maxPoints !== null) {
    throw inspectionErrors.passFailNoMaxPoints({ code: item.code }, `${path}.maxPoints`);
  }
}

export function validateTemplateContent(content: ChecklistTemplateContent): void {
  if (!content.name.trim()) throw inspectionErrors.standardNameRequired({}, 'name');
  if (!Number.isFinite(content.passLine) || content.passLine < 0 || content.passLine > 100) {
    throw inspectionErrors.passLineRange({}, 'passLine');
  }
  if (content.sections.length === 0) throw inspectionErrors.sectionsRequired({}, 'sections');

  const sectionCodes = new Set<string>();
  const itemCodes = new Set<string>();
  let scoredItems = 0;
  content.sections.forEach((section, s) => {
    const path = `sections.${s}`;
    if (!section.code.trim()) throw inspectionErrors.sectionCodeRequired({ n: s + 1 }, `${path}.code`);
    if (!section.name.trim())
      throw inspectionErrors.sectionNameRequired({ code: section.code }, `${path}.name`);
    if (sectionCodes.has(section.code))
      throw inspectionErrors.sectionCodeDuplicate({ code: section.code }, `${path}.code`);
    sectionCodes.add(section.code);
    if (section.items.length === 0)
      throw inspectionErrors.sectionEmpty({ name: section.name }, `${path}.items`);
    section.items.forEach((item, i) => {
      const itemPath = `${path}.items.${i}`;
      validateItem(item, itemPath);
      if (itemCodes.has(item.code))
        throw inspectionErrors.itemCodeDuplicate({ code: item.code }, `${itemPath}.code`);
      itemCodes.add(item.code);
      if (item.weight > 0) scoredItems += 1;
    });
  });
  if (scoredItems === 0) {
    throw inspectionErrors.scoredItemRequired({}, 'sections');
  }
}
