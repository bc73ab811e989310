import type { UiLeaf } from '@duda/contract-forms';
import { describe, expect, it } from 'vitest';
import { cellText } from './cell-text.ts';

const l = (zh: string) => ({ 'zh-CN': zh, en: zh });
const leaf = (kind: UiLeaf['kind'], extra: Partial<UiLeaf> = {}): UiLeaf => ({
  key: 'f',
  kind,
  label: l('字段'),
  ...extra,
});
const options = [
  { value: 'sick', label: l('病假') },
  { value: 'annual', label: l('年假') },
];

describe('a form value as a spreadsheet cell', () => {
  it.each<[string, UiLeaf, unknown, string | number]>([
    ['nothing', leaf('text'), undefined, ''],
    ['a text', leaf('text'), '你好', '你好'],
    ['a number stays a number', leaf('money'), 12.5, 12.5],
    ['a computed total', leaf('computed'), 100, 100],
    ['a choice by its label', leaf('select', { options }), 'sick', '病假'],
    ['an unknown choice as it is', leaf('select', { options }), 'other', 'other'],
    ['several choices', leaf('multiSelect', { options }), ['sick', 'annual'], '病假、年假'],
    [
      'a date range',
      leaf('dateRange'),
      { start: '2026-05-01', end: '2026-05-03' },
      '2026-05-01 至 2026-05-03',
    ],
    ['a person by name', leaf('person'), { id: 'x', name: '张伟' }, '张伟'],
    ['files by name', leaf('attachment'), [{ name: 'a.jpg' }, { name: 'b.pdf' }], 'a.jpg、b.pdf'],
    ['a table by its row count', leaf('table'), [{}, {}, {}], '3 行'],
  ])('%s', (_name, field, value, expected) => {
    expect(cellText(field, value)).toBe(expected);
  });
});
