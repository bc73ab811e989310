import { describe, expect, it } from 'vitest';
import { formFor, interviewStart, parseEvidence } from './appealSteps.ts';

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

describe('interviewStart', () => {
  const appeal = { month: '2026-11', kpiName: '工作态度', reason: '当天调休，不在岗' };

  it('fills the 表9 record from the appeal: today, the month and line as topic, the reason as the view', () => {
    expect(interviewStart(appeal, null, '2026-12-02')).toEqual({
      date: '2026-12-02',
      topic: '绩效申诉面谈: 2026-11 工作态度',
      content: '',
      staffOpinion: '当天调休，不在岗',
      actions: '',
    });
  });

  it('brings back what was typed before a reload, field by field, and ignores a spoiled field', () => {
    const kept = { content: '核对了排班表', date: 7, actions: '下月复核' };
    expect(interviewStart(appeal, kept, '2026-12-02')).toMatchObject({
      date: '2026-12-02',
      content: '核对了排班表',
      actions: '下月复核',
      staffOpinion: '当天调休，不在岗',
    });
    expect(interviewStart(appeal, { content: ['x'] }, '2026-12-02').content).toBe('');
  });
});
