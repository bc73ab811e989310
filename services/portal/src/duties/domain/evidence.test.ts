import { describe, expect, it } from 'vitest';
import { inspectionEvidence, rectificationEvidence, monthlyReportEvidence } from './evidence.ts';

const submitted = (kind: string) => ({
  inspectionId: 'i1',
  inspectorId: 'p1',
  kind,
  submittedAt: '2026-12-02T03:00:00.000Z',
});

describe('evidence from events', () => {
  it.each([
    ['DAILY', 'DAILY_CHECK'],
    ['SELF_CHECK', 'SELF_CHECK'],
    ['MONTHLY_VISIT', 'SUPERVISION_VISIT'],
    ['CROSS', 'SUPERVISION_VISIT'],
    ['MYSTERY', 'SUPERVISION_VISIT'],
  ])('a submitted %s inspection is %s of its inspector, linking to it', (kind, evidence) => {
    expect(inspectionEvidence(submitted(kind))).toEqual({
      personId: 'p1',
      evidence,
      occurredAt: new Date('2026-12-02T03:00:00.000Z'),
      area: 'inspection',
      link: 'inspections/i1',
    });
  });

  it('an inspection kind no duty counts gives none', () => {
    expect(inspectionEvidence(submitted('SOMETHING_NEW'))).toBeNull();
  });

  it('an accepted rectification order counts for its verifier', () => {
    expect(
      rectificationEvidence({ orderId: 'o1', closedById: 'p2', closedAt: '2026-12-02T03:00:00.000Z' }),
    ).toMatchObject({ personId: 'p2', evidence: 'RECTIFICATION_CLOSED', link: 'rectifications?order=o1' });
  });

  it('a submitted monthly report counts for the month it reports, even handed in after it', () => {
    expect(
      monthlyReportEvidence({
        personId: 'p3',
        month: '2026-11',
        submittedAt: new Date('2026-12-01T02:00:00.000Z'),
      }),
    ).toEqual({
      personId: 'p3',
      evidence: 'MONTHLY_REPORT',
      occurredAt: new Date('2026-12-01T02:00:00.000Z'),
      periodDay: '2026-11-01',
      area: 'reports',
      link: '?month=2026-11',
    });
  });
});
