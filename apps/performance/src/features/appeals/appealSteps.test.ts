import { describe, expect, it } from 'vitest';
import { formFor, parseEvidence } from './appealSteps.ts';

describe('formFor', () => {
  it.each([
    ['FILED', true, 'interview'],
    ['INTERVIEWED', true, 'decide'],
    ['ACCEPTED', true, null],
    ['REJECTED', true, null],
    ['FILED', false, null],
    ['INTERVIEWED', false, null],
  ] as const)('%s, superior %s → %s', (status, canDecide, form) => {
    expect(formFor({ status, canDecide })).toBe(form);
  });
});

describe('parseEvidence', () => {
  it('reads one item a line, a web address at its end as the link', () => {
    expect(
      parseEvidence('排班表 https://example.com/roster.jpg\n\n  店长可作证  \nhttps://example.com/a.png'),
    ).toEqual([
      { title: '排班表', url: 'https://example.com/roster.jpg' },
      { title: '店长可作证', url: null },
      { title: 'https://example.com/a.png', url: 'https://example.com/a.png' },
    ]);
  });

  it('keeps no link that is not a web address, and at most ten items', () => {
    expect(parseEvidence('脚本 javascript:alert(1)')).toEqual([
      { title: '脚本 javascript:alert(1)', url: null },
    ]);
    expect(parseEvidence(Array.from({ length: 12 }, (_, i) => `证据${i}`).join('\n'))).toHaveLength(10);
  });
});
