// Builders for tests: a valid item or template with only the fields a test cares about spelled out.
import type { ChecklistItem, ChecklistSection, ChecklistTemplate } from './types.ts';

export function passFailItem(code: string, overrides: Partial<ChecklistItem> = {}): ChecklistItem {
  return {
    code,
    title: `检查项${code}`,
    guidance: '',
    weight: 10,
    scoringMode: 'PASS_FAIL',
    maxPoints: null,
    allowNotApplicable: false,
    veto: false,
    photoRequired: false,
    severity: 'MINOR',
    ...overrides,
  };
}

export function pointsItem(
  code: string,
  maxPoints: number,
  overrides: Partial<ChecklistItem> = {},
): ChecklistItem {
  return passFailItem(code, { scoringMode: 'POINTS', maxPoints, ...overrides });
}

export function section(code: string, items: ChecklistItem[], name = `分组${code}`): ChecklistSection {
  return { code, name, items };
}

export function template(
  sections: readonly ChecklistSection[],
  overrides: Partial<ChecklistTemplate> = {},
): ChecklistTemplate {
  return {
    id: 'tpl-1',
    cityId: 'city-1',
    name: '营业厅服务规范检查标准',
    kind: 'STANDARD',
    version: 1,
    status: 'PUBLISHED',
    publishedAt: new Date('2025-01-01T00:00:00Z'),
    passLine: 80,
    sections,
    ...overrides,
  };
}
