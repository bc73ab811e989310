import { describe, expect, it } from 'vitest';
import type { EditableContent } from './templateEditing.ts';
import {
  contentProblem,
  contentToSave,
  editableContent,
  locate,
  moved,
  newItem,
  newSection,
  nextItemCode,
  nextSectionCode,
  totalWeight,
  withScoringMode,
  withVeto,
} from './templateEditing.ts';

function sample(): EditableContent {
  const content = editableContent({ name: ' 营业厅日检表 ', kind: 'DAILY', passLine: 80, sections: [] });
  const first = {
    key: 's1',
    code: 'A',
    name: '服务礼仪',
    items: [{ ...newItem('A01'), title: '仪容仪表', weight: 5 }],
  };
  content.sections.push(first);
  return content;
}

describe('editableContent and contentToSave', () => {
  it('copies the template with editing keys and gives back the stored shape without them', () => {
    const original = {
      name: '标准',
      kind: 'STANDARD' as const,
      passLine: 85,
      sections: [{ code: 'A', name: '礼仪', items: [newItem('A01')] }],
    };
    const content = editableContent(original);
    expect(content.sections[0]!.key).toBeTruthy();
    content.sections[0]!.items[0]!.title = '  改过的标题 ';
    expect(original.sections[0]!.items[0]!.title).toBe('');
    const saved = contentToSave(content);
    expect(saved.sections[0]!.items[0]).not.toHaveProperty('key');
    expect(saved.sections[0]!.items[0]!.title).toBe('改过的标题');
    expect(saved.passLine).toBe(85);
  });
});

describe('codes', () => {
  it('takes the next free section letter', () => {
    const content = sample();
    expect(nextSectionCode(content)).toBe('B');
  });

  it('numbers items after the section letters, skipping codes used anywhere', () => {
    const content = sample();
    const section = content.sections[0]!;
    expect(nextItemCode(content, section)).toBe('A02');
    section.items.push(newItem('A02'));
    expect(nextItemCode(content, section)).toBe('A03');
  });

  it('starts a new section with one item', () => {
    const content = sample();
    const section = newSection(content);
    expect(section.code).toBe('B');
    expect(section.items.map((item) => item.code)).toEqual(['B01']);
  });
});

describe('item rules', () => {
  it('sets the top of the scale when switching to points and clears it for pass/fail', () => {
    const item = newItem('A01');
    expect(withScoringMode(item, 'POINTS').maxPoints).toBe(5);
    expect(withScoringMode({ ...item, scoringMode: 'POINTS', maxPoints: 10 }, 'POINTS').maxPoints).toBe(10);
    expect(
      withScoringMode({ ...item, scoringMode: 'POINTS', maxPoints: 10 }, 'PASS_FAIL').maxPoints,
    ).toBeNull();
  });

  it('makes a veto item pass/fail', () => {
    const item = withVeto({ ...newItem('A01'), scoringMode: 'POINTS', maxPoints: 5 }, true);
    expect(item).toMatchObject({ veto: true, scoringMode: 'PASS_FAIL', maxPoints: null });
    expect(withVeto(item, false)).toMatchObject({ veto: false, scoringMode: 'PASS_FAIL' });
  });
});

describe('moved', () => {
  it('swaps with the neighbour and stays put at the ends', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
  });
});

describe('contentProblem', () => {
  it('accepts a valid draft', () => {
    expect(contentProblem(sample())).toBeNull();
  });

  it('reports the service’s first problem with the field it is about', () => {
    const content = sample();
    content.sections[0]!.items.push({ ...newItem('A02'), title: '' });
    expect(contentProblem(content)).toEqual({
      message: expect.stringContaining('A02'),
      field: 'sections.0.items.1.title',
    });
  });

  it('locates a field in the sections', () => {
    expect(locate('sections.1.items.3.weight')).toEqual({ section: 1, item: 3 });
    expect(locate('sections.2.name')).toEqual({ section: 2, item: null });
    expect(locate('passLine')).toEqual({ section: null, item: null });
    expect(locate(null)).toEqual({ section: null, item: null });
  });
});

describe('totalWeight', () => {
  it('adds up every item', () => {
    const content = sample();
    content.sections[0]!.items.push({ ...newItem('A02'), weight: 3 });
    expect(totalWeight(content)).toBe(8);
  });
});
