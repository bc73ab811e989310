import type { KpiRule } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import { assessmentDraft, assessmentValues, evidenceHref, isEnteredLine, lostPoints } from './cardView.ts';

const line = (source: string, rule: KpiRule, value: number | null, points: number | null) => ({
  kpiId: source,
  source,
  rule,
  weight: 20,
  value,
  points,
});

describe('a scorecard line on the page', () => {
  it('shows what it lost against its weight, nothing when whole or hidden', () => {
    expect(lostPoints({ weight: 30, points: 22.5 })).toBe(7.5);
    expect(lostPoints({ weight: 30, points: 30 })).toBeNull();
    expect(lostPoints({ weight: 30, points: null })).toBeNull();
  });

  it('a pulled figure is not entered; a manual rule or an unpulled source is', () => {
    expect(isEnteredLine(line('HALL_INSPECTION_SCORE', { kind: 'LINEAR', floor: 60 }, 90, 15))).toBe(false);
    expect(isEnteredLine(line('HALL_INSPECTION_SCORE', { kind: 'MANUAL' }, null, 0))).toBe(true);
    expect(isEnteredLine(line('SATISFACTION_RATE', { kind: 'LINEAR', floor: 80 }, null, 0))).toBe(true);
  });

  it('an imported 满意率 is not entered: the superior’s form leaves it out', () => {
    const imported = {
      ...line('SATISFACTION_RATE', { kind: 'LINEAR', floor: 80 }, 96.5, 16),
      evidence: [{ kind: 'IMPORT' }],
    };
    expect(isEnteredLine(imported)).toBe(false);
    expect(assessmentDraft([imported, line('TEAM_ATTITUDE', { kind: 'MANUAL' }, 18, 18)])).toEqual([
      { kpiId: 'TEAM_ATTITUDE', value: 18, comment: '' },
    ]);
  });

  it('the superior’s form starts from the entered lines and sends only the figures given', () => {
    const lines = [
      line('HALL_INSPECTION_SCORE', { kind: 'LINEAR', floor: 60 }, 90, 15),
      line('TEAM_ATTITUDE', { kind: 'MANUAL' }, 18, 18),
      line('SATISFACTION_RATE', { kind: 'LINEAR', floor: 80 }, null, 0),
    ];
    const draft = assessmentDraft(lines);
    expect(draft).toEqual([
      { kpiId: 'TEAM_ATTITUDE', value: 18, comment: '' },
      { kpiId: 'SATISFACTION_RATE', value: null, comment: '' },
    ]);
    expect(assessmentValues(draft)).toEqual([{ kpiId: 'TEAM_ATTITUDE', value: 18 }]);
  });

  it('sends each figure’s comment beside it, trimmed, and starts from the one already given', () => {
    const attitude = { ...line('TEAM_ATTITUDE', { kind: 'MANUAL' }, 16, 16), comment: '主动帮新人' };
    const draft = assessmentDraft([attitude]);
    expect(draft).toEqual([{ kpiId: 'TEAM_ATTITUDE', value: 16, comment: '主动帮新人' }]);
    draft[0]!.comment = '  高峰期主动分流  ';
    expect(assessmentValues(draft)).toEqual([
      { kpiId: 'TEAM_ATTITUDE', value: 16, comment: '高峰期主动分流' },
    ]);
    draft[0]!.comment = '   ';
    expect(assessmentValues(draft)).toEqual([{ kpiId: 'TEAM_ATTITUDE', value: 16 }]);
  });

  it('opens one’s own cited record with its grant, keeping the link’s end', () => {
    expect(evidenceHref({ link: '/inspection/rectifications?order=o1', grant: 'a-b_c' })).toBe(
      '/inspection/rectifications?grant=a-b_c&order=o1',
    );
    expect(evidenceHref({ link: '/inspection/inspections/i1', grant: 'g' })).toBe(
      '/inspection/inspections/i1?grant=g',
    );
    expect(evidenceHref({ link: '/training/results/r1' })).toBe('/training/results/r1');
    expect(evidenceHref({ link: null, grant: 'g' })).toBeNull();
  });
});
