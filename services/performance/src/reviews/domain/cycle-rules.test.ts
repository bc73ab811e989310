import { CYCLE_STATUSES, type CycleStatus } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import {
  canAdvance,
  canWithhold,
  isEditable,
  nominationsOpen,
  questionnaire,
  ratingOpen,
  resultsReadable,
} from './cycle-rules.ts';

describe('cycle steps', () => {
  it.each([
    ['DRAFT', 'OPEN', true],
    ['OPEN', 'CLOSED', true],
    ['CLOSED', 'RELEASED', true],
    ['DRAFT', 'CLOSED', false],
    ['DRAFT', 'RELEASED', false],
    ['OPEN', 'RELEASED', false],
    ['CLOSED', 'OPEN', false],
    ['RELEASED', 'CLOSED', false],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canAdvance(from, to)).toBe(allowed);
  });

  it.each([
    // status, editable, nominating, rating, withholding
    ['DRAFT', true, true, false, false],
    ['OPEN', false, true, true, false],
    ['CLOSED', false, false, false, true],
    ['RELEASED', false, false, false, false],
  ] as const)('%s: edit %s, nominate %s, rate %s, withhold %s', (status, edit, nominate, rate, withhold) => {
    expect([isEditable(status), nominationsOpen(status), ratingOpen(status), canWithhold(status)]).toEqual([
      edit,
      nominate,
      rate,
      withhold,
    ]);
  });
});

describe('who reads results when', () => {
  const readable = (reader: 'MANAGER' | 'SUBJECT' | 'SUPERIOR') =>
    CYCLE_STATUSES.filter((status: CycleStatus) => resultsReadable(reader, status));

  it('the HR reviewer from the close on (to withhold comments before release)', () => {
    expect(readable('MANAGER')).toEqual(['CLOSED', 'RELEASED']);
  });

  it('the rated person and their superior only once released', () => {
    expect(readable('SUBJECT')).toEqual(['RELEASED']);
    expect(readable('SUPERIOR')).toEqual(['RELEASED']);
  });
});

describe('questionnaire', () => {
  it('keys questions by position', () => {
    expect(questionnaire(['沟通', '辅导'])).toEqual([
      { key: 'q1', text: '沟通' },
      { key: 'q2', text: '辅导' },
    ]);
  });
});
