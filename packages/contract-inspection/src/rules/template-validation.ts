// Rules a checklist standard must satisfy before it can be published. Errors point at the offending field
// (`sections.1.items.3.weight`) so the template editor can highlight it.
import { badRequest } from '@duda/service-kit/errors';
import type { ChecklistItem, ChecklistTemplateContent } from './types.ts';

const ITEM_CODE_PATTERN = /^[A-Z]{1,3}\d{2,3}$/;
const MAX_POINTS_LIMIT = 100;

function validateItem(item: ChecklistItem, path: string): void {
  if (!ITEM_CODE_PATTERN.test(item.code)) {
    throw badRequest(
      `检查项编号「${item.code}」格式不正确，应为大写字母加两位数字，例如 A01。`,
      `${path}.code`,
    );
  }
  if (!item.title.trim()) throw badRequest(`检查项 ${item.code} 还没有填写检查内容。`, `${path}.title`);
  if (!Number.isFinite(item.weight) || item.weight < 0 || (item.weight === 0 && !item.veto)) {
    throw badRequest(`检查项 ${item.code} 的分值必须大于 0(只有一票否决项可以不计分)。`, `${path}.weight`);
  }
  if (item.veto && item.scoringMode !== 'PASS_FAIL') {
    // A veto is a yes/no judgement; a partial score would leave "failed" open to interpretation.
    throw badRequest(`一票否决项 ${item.code} 只能按合格/不合格判定。`, `${path}.scoringMode`);
  }
  if (item.scoringMode === 'POINTS') {
    const { maxPoints } = item;
    if (maxPoints === null || !Number.isInteger(maxPoints) || maxPoints < 1 || maxPoints > MAX_POINTS_LIMIT) {
      throw badRequest(
        `检查项 ${item.code} 按分数评分时，满分应为 1 到 ${MAX_POINTS_LIMIT} 之间的整数。`,
        `${path}.maxPoints`,
      );
    }
  } else if (item.maxPoints !== null) {
    throw badRequest(`检查项 ${item.code} 按合格/不合格判定，不需要设置满分。`, `${path}.maxPoints`);
  }
}

export function validateTemplateContent(content: ChecklistTemplateContent): void {
  if (!content.name.trim()) throw badRequest('请填写检查标准名称。', 'name');
  if (!Number.isFinite(content.passLine) || content.passLine < 0 || content.passLine > 100) {
    throw badRequest('达标线应在 0 到 100 分之间。', 'passLine');
  }
  if (content.sections.length === 0) throw badRequest('检查标准至少需要一个分组。', 'sections');

  const sectionCodes = new Set<string>();
  const itemCodes = new Set<string>();
  let scoredItems = 0;
  content.sections.forEach((section, s) => {
    const path = `sections.${s}`;
    if (!section.code.trim()) throw badRequest(`第 ${s + 1} 个分组还没有编号。`, `${path}.code`);
    if (!section.name.trim()) throw badRequest(`分组 ${section.code} 还没有名称。`, `${path}.name`);
    if (sectionCodes.has(section.code)) throw badRequest(`分组编号 ${section.code} 重复了。`, `${path}.code`);
    sectionCodes.add(section.code);
    if (section.items.length === 0)
      throw badRequest(`分组「${section.name}」下还没有检查项。`, `${path}.items`);
    section.items.forEach((item, i) => {
      const itemPath = `${path}.items.${i}`;
      validateItem(item, itemPath);
      if (itemCodes.has(item.code)) throw badRequest(`检查项编号 ${item.code} 重复了。`, `${itemPath}.code`);
      itemCodes.add(item.code);
      if (item.weight > 0) scoredItems += 1;
    });
  });
  if (scoredItems === 0) {
    throw badRequest('检查标准至少需要一个计分的检查项，仅有一票否决项无法计算得分。', 'sections');
  }
}
