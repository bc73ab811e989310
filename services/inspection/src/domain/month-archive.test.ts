import { describe, expect, it } from 'vitest';
import { archiveBlockers, archiveMonth, assertMonthWritable } from './month-archive.ts';
import type { MonthRecord } from './month-archive.ts';

const complete: MonthRecord = {
  month: '2025-03',
  archivedMonths: ['2025-02'],
  inspections: [{ status: 'SUBMITTED' }],
  rectifications: [{ status: 'ACCEPTED' }],
  notices: [{ status: 'PUBLISHED' }],
};
const april = new Date('2025-04-02T02:00:00Z');

describe('assertMonthWritable', () => {
  it('blocks writes to an archived month only', () => {
    expect(() => assertMonthWritable('2025-02', complete.archivedMonths)).toThrow(
      expect.objectContaining({ kind: 'PRECONDITION_FAILED', message: expect.stringContaining('2025年2月') }),
    );
    expect(() => assertMonthWritable('2025-03', complete.archivedMonths)).not.toThrow();
  });
});

describe('archiveBlockers', () => {
  it('finds nothing for a complete, finished month', () => {
    expect(archiveBlockers(complete, april)).toEqual([]);
  });

  it('waits until the month is over in China time', () => {
    const lastEvening = new Date('2025-03-31T15:00:00Z'); // 23:00 on the 31st in Beijing
    const justAfter = new Date('2025-03-31T16:00:00Z'); // 00:00 on 1 April in Beijing
    expect(archiveBlockers(complete, lastEvening).map((b) => b.code)).toEqual(['MONTH_NOT_OVER']);
    expect(archiveBlockers(complete, justAfter)).toEqual([]);
  });

  it('lists every blocker with counts', () => {
    const blockers = archiveBlockers(
      {
        ...complete,
        inspections: [{ status: 'DRAFT' }, { status: 'DRAFT' }, { status: 'SUBMITTED' }],
        rectifications: [{ status: 'OPEN' }, { status: 'RESPONDED' }, { status: 'ACCEPTED' }],
        notices: [{ status: 'DRAFT' }],
      },
      april,
    );
    expect(blockers.map((b) => b.code)).toEqual([
      'INSPECTION_DRAFTS',
      'RECTIFICATIONS_OPEN',
      'NOTICE_NOT_PUBLISHED',
    ]);
    expect(blockers[0]?.message).toContain('2 份');
    expect(blockers[1]?.message).toContain('2 张');
  });

  it('reports an already archived month alone', () => {
    expect(archiveBlockers({ ...complete, month: '2025-02' }, april).map((b) => b.code)).toEqual([
      'ALREADY_ARCHIVED',
    ]);
  });
});

describe('archiveMonth', () => {
  it('archives a complete month', () => {
    expect(archiveMonth(complete, 'supervisor', april)).toEqual({
      month: '2025-03',
      archivedAt: april,
      archivedBy: 'supervisor',
    });
  });

  it('explains why it cannot archive', () => {
    expect(() => archiveMonth({ ...complete, notices: [] }, 'supervisor', april)).toThrow(
      expect.objectContaining({
        kind: 'PRECONDITION_FAILED',
        message: expect.stringContaining('通报尚未发布'),
      }),
    );
  });
});
