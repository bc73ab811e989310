import type { UiLeaf } from '@duda/contract-forms';
import { describe, expect, it } from 'vitest';
import { displayText } from './display.ts';
import { testUi } from './testTemplate.ts';

const field = (key: string) => testUi.fields.find((each) => each.key === key)! as UiLeaf;
const money: UiLeaf = { key: 'fee', kind: 'money', label: { 'zh-CN': '费用', en: 'Fee' } };

describe('displayText', () => {
  it('words an option by its label in the language', () => {
    expect(displayText(field('kind'), 'sick', 'zh-CN')).toBe('病假');
    expect(displayText(field('kind'), 'sick', 'en')).toBe('Sick');
  });

  it('reads a date range and money the way each language writes them', () => {
    const period = { start: '2026-12-01', end: '2026-12-03' };
    expect(displayText(field('period'), period, 'zh-CN')).toBe('2026-12-01 至 2026-12-03');
    expect(displayText(field('period'), period, 'en')).toBe('2026-12-01 to 2026-12-03');
    expect(displayText(money, 1234.5, 'zh-CN')).toBe('¥1,234.50');
    expect(displayText(money, 1234.5, 'en')).toBe('CN¥1,234.50');
  });

  it('shows a person, a unit or files by name, and nothing for nothing', () => {
    const person: UiLeaf = { key: 'who', kind: 'person', label: { 'zh-CN': '人', en: 'Who' } };
    expect(displayText(person, { id: 'x', name: '张三' }, 'zh-CN')).toBe('张三');
    expect(
      displayText(
        field('proof'),
        [
          { id: '1', name: 'a.png' },
          { id: '2', name: 'b.pdf' },
        ],
        'en',
      ),
    ).toBe('a.png, b.pdf');
    expect(displayText(field('reason'), undefined, 'en')).toBe('');
    expect(displayText(field('reason'), '回老家', 'en')).toBe('回老家');
  });
});
