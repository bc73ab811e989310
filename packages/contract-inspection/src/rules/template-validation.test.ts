import { describe, expect, it } from 'vitest';
import { validateTemplateContent } from './template-validation.ts';
import { passFailItem, pointsItem, section, template } from './test-support.ts';
import type { ChecklistItem, ChecklistTemplateContent } from './types.ts';

const valid = template([
  section('A', [passFailItem('A01'), pointsItem('A02', 5)]),
  section('B', [passFailItem('B01', { weight: 0, veto: true })]),
]);

function withItem(change: Partial<ChecklistItem>): ChecklistTemplateContent {
  return template([section('A', [passFailItem('A01'), { ...pointsItem('A02', 5), ...change }])]);
}

describe('validateTemplateContent', () => {
  it('accepts a valid template with a zero-weight veto item', () => {
    expect(() => validateTemplateContent(valid)).not.toThrow();
  });

  it.each<[string, ChecklistTemplateContent, string]>([
    ['empty name', { ...valid, name: '  ' }, 'name'],
    ['pass line above 100', { ...valid, passLine: 101 }, 'passLine'],
    ['negative pass line', { ...valid, passLine: -1 }, 'passLine'],
    ['no sections', { ...valid, sections: [] }, 'sections'],
    [
      'an empty section',
      template([section('A', [passFailItem('A01')]), section('B', [])]),
      'sections.1.items',
    ],
    [
      'a duplicate section code',
      template([section('A', [passFailItem('A01')]), section('A', [passFailItem('A02')])]),
      'sections.1.code',
    ],
    [
      'a duplicate item code across sections',
      template([section('A', [passFailItem('A01')]), section('B', [passFailItem('A01')])]),
      'sections.1.items.0.code',
    ],
    ['a malformed item code', withItem({ code: 'a-2' }), 'sections.0.items.1.code'],
    ['an empty title', withItem({ title: ' ' }), 'sections.0.items.1.title'],
    ['zero weight on a normal item', withItem({ weight: 0 }), 'sections.0.items.1.weight'],
    ['negative weight', withItem({ weight: -3 }), 'sections.0.items.1.weight'],
    ['max points below 1', withItem({ maxPoints: 0 }), 'sections.0.items.1.maxPoints'],
    ['fractional max points', withItem({ maxPoints: 2.5 }), 'sections.0.items.1.maxPoints'],
    ['missing max points', withItem({ maxPoints: null }), 'sections.0.items.1.maxPoints'],
    [
      'max points on pass/fail',
      withItem({ scoringMode: 'PASS_FAIL', maxPoints: 5 }),
      'sections.0.items.1.maxPoints',
    ],
    ['a points-scored veto item', withItem({ veto: true }), 'sections.0.items.1.scoringMode'],
    [
      'only veto items',
      template([section('A', [passFailItem('A01', { weight: 0, veto: true })])]),
      'sections',
    ],
  ])('rejects %s', (_label, content, field) => {
    expect(() => validateTemplateContent(content)).toThrow(
      expect.objectContaining({ kind: 'BAD_REQUEST', field }),
    );
  });
});
