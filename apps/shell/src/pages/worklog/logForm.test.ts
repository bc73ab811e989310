import { describe, expect, it } from 'vitest';
import { draftKey, startingForm, toInput } from './logForm.ts';

describe('the work-log form', () => {
  const saved = { entries: ['巡场'], floorMinutes: 270, issues: '无' };

  it('starts from the unsent draft, else the saved log, else one empty line', () => {
    const draft = { entries: ['班前会', ''], floorHours: 2, issues: '' };
    expect(startingForm(draft, saved)).toEqual(draft);
    expect(startingForm(null, saved)).toEqual({ entries: ['巡场'], floorHours: 4.5, issues: '无' });
    expect(startingForm(null, null)).toEqual({ entries: [''], floorHours: 0, issues: '' });
  });

  it('sends minutes and the written lines only, and nothing without a line', () => {
    expect(
      toInput('2026-12-02', { entries: [' 巡场 ', '', '辅导'], floorHours: 5.5, issues: ' 卡纸 ' }),
    ).toEqual({
      day: '2026-12-02',
      entries: ['巡场', '辅导'],
      floorMinutes: 330,
      issues: '卡纸',
    });
    expect(toInput('2026-12-02', { entries: ['  '], floorHours: 1, issues: '' })).toBeNull();
  });

  it('keeps drafts per person and day', () => {
    expect(draftKey('p1', '2026-12-02')).not.toBe(draftKey('p2', '2026-12-02'));
    expect(draftKey('p1', '2026-12-02')).not.toBe(draftKey('p1', '2026-12-03'));
  });
});
