import { describe, expect, it } from 'vitest';
import { scoreInspection, validateTemplateContent } from '@duda/contract-inspection';
import type { ChecklistTemplate, ChecklistTemplateContent, ItemResult } from '@duda/contract-inspection';
import { CITY_STANDARD_CHECKLIST, DAILY_SELF_INSPECTION_CHECKLIST } from './starting-templates.ts';

const items = (content: ChecklistTemplateContent) => content.sections.flatMap((s) => s.items);
const asTemplate = (content: ChecklistTemplateContent): ChecklistTemplate => ({
  ...content,
  id: 'seed',
  cityId: 'city',
  version: 1,
  status: 'PUBLISHED',
  publishedAt: null,
});
const fullMarks = (content: ChecklistTemplateContent): ItemResult[] =>
  items(content).map((item) => ({
    itemCode: item.code,
    outcome: item.scoringMode === 'POINTS' ? (item.maxPoints as number) : 'PASS',
    photoIds: item.photoRequired ? ['photo'] : [],
  }));

describe('city standard checklist', () => {
  it('passes template validation', () => {
    expect(() => validateTemplateContent(CITY_STANDARD_CHECKLIST)).not.toThrow();
  });

  it('has the 30 items of the provincial standard in the seven groups', () => {
    expect(items(CITY_STANDARD_CHECKLIST)).toHaveLength(30);
    expect(CITY_STANDARD_CHECKLIST.sections.map((s) => s.name)).toEqual([
      '服务礼仪',
      '环境与5S',
      '业务办理准确性',
      '等候时间与排队',
      '自助设备',
      '安全与保障',
      '营销宣传物料',
    ]);
  });

  it('weighs to 100 with business accuracy and waiting time carrying the most', () => {
    const weightOf = (name: string) =>
      CITY_STANDARD_CHECKLIST.sections
        .find((s) => s.name === name)
        ?.items.reduce((sum, i) => sum + i.weight, 0);
    expect(items(CITY_STANDARD_CHECKLIST).reduce((sum, i) => sum + i.weight, 0)).toBe(100);
    const heaviest = [...CITY_STANDARD_CHECKLIST.sections].sort(
      (a, b) => (weightOf(b.name) ?? 0) - (weightOf(a.name) ?? 0),
    );
    expect(heaviest.slice(0, 2).map((s) => s.name)).toEqual(['业务办理准确性', '等候时间与排队']);
  });

  it('has critical veto items for quarrelling, irregular business and leaking customer data', () => {
    const vetoes = items(CITY_STANDARD_CHECKLIST).filter((i) => i.veto);
    expect(vetoes.map((i) => i.code)).toEqual(['A06', 'C06', 'F04']);
    expect(vetoes.every((i) => i.severity === 'CRITICAL')).toBe(true);
  });

  it('requires photos on every environment item', () => {
    expect(
      CITY_STANDARD_CHECKLIST.sections
        .find((s) => s.name === '环境与5S')
        ?.items.every((i) => i.photoRequired),
    ).toBe(true);
  });

  it('asks for a photo of a problem only, so a clean visit needs no photo at all', () => {
    const photoItems = items(CITY_STANDARD_CHECKLIST).filter((i) => i.photoRequired);
    expect(photoItems.length).toBeGreaterThan(5);
    expect(photoItems.every((i) => i.photoWhen === 'ON_PROBLEM')).toBe(true);
  });

  it('scores 100 with full marks', () => {
    expect(
      scoreInspection(asTemplate(CITY_STANDARD_CHECKLIST), fullMarks(CITY_STANDARD_CHECKLIST)).total,
    ).toBe(100);
  });
});

describe('daily self-inspection checklist', () => {
  it('passes template validation and is a daily checklist of about ten items', () => {
    expect(() => validateTemplateContent(DAILY_SELF_INSPECTION_CHECKLIST)).not.toThrow();
    expect(DAILY_SELF_INSPECTION_CHECKLIST.kind).toBe('DAILY');
    expect(items(DAILY_SELF_INSPECTION_CHECKLIST)).toHaveLength(10);
  });

  it('scores 100 with full marks', () => {
    const score = scoreInspection(
      asTemplate(DAILY_SELF_INSPECTION_CHECKLIST),
      fullMarks(DAILY_SELF_INSPECTION_CHECKLIST),
    );
    expect(score.total).toBe(100);
  });
});
