import { describe, expect, it } from 'vitest';
import { DUTY_CATALOGUE, EXAM_EVIDENCE, FORM_EVIDENCE } from './catalogue.ts';
import {
  examEvidence,
  formEvidence,
  inspectionEvidence,
  rectificationEvidence,
  monthlyReportEvidence,
} from './evidence.ts';

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

  const form = (templateCode: string, meetingType?: string) => ({
    submissionId: 's1',
    templateCode,
    orgNodeId: 'n4',
    meetingType,
    submitterId: 'p4',
    submittedAt: '2026-12-04T01:00:00.000Z',
  });

  it.each([
    ['表1', 'MONTHLY_PLAN'],
    ['表3', 'ROSTER'],
  ])('a submitted %s is %s of its submitter when submitted, linking to the record', (code, evidence) => {
    expect(formEvidence(form(code))).toEqual({
      personId: 'p4',
      evidence,
      occurredAt: new Date('2026-12-04T01:00:00.000Z'),
      area: 'forms',
      link: 'submissions/s1',
    });
  });

  it.each(['表2', '表4', '表5', '表6', '表7', '表8', '表9', '表10', 'CUSTOM'])(
    'a submitted %s is evidence of no duty',
    (code) => {
      expect(formEvidence(form(code))).toBeNull();
    },
  );

  it.each([
    ['weekly', 'WEEKLY_MEETING'],
    ['monthly', 'MONTHLY_MEETING'],
  ])(
    "a 表4 of a %s meeting is %s of the hall's duty holders and its submitter, when submitted",
    (meetingType, evidence) => {
      expect(formEvidence(form('表4', meetingType))).toEqual({
        personId: 'p4',
        orgNodeId: 'n4',
        evidence,
        occurredAt: new Date('2026-12-04T01:00:00.000Z'),
        area: 'forms',
        link: 'submissions/s1',
      });
    },
  );

  it.each([
    ['a daily briefing (the pre-shift routine is more than its meeting)', '表4', 'briefing', null],
    ['a meeting type nobody knows', '表4', 'quarterly', null],
    ['a name of the lookup object', '表4', 'constructor', null],
    ['a 表4 of no meeting type (published before the event named it)', '表4', undefined, null],
    ['a meeting type on another form', '表3', 'weekly', 'ROSTER'],
  ])('%s counts toward no meeting duty', (_what, code, meetingType, evidence) => {
    expect(formEvidence(form(code, meetingType))?.evidence ?? null).toBe(evidence);
  });

  const held = (kind: string) => ({
    examId: 'e1',
    orgNodeId: 'n1',
    organiserId: 'p5',
    kind,
    month: '2026-11',
    heldAt: '2026-12-01T02:00:00.000Z',
  });

  it.each(['DISTRICT_WRITTEN', 'CITY_MONTHLY'])(
    'a %s exam held counts for its unit and organiser in its month, even when held after it',
    (kind) => {
      expect(examEvidence(held(kind))).toEqual({
        personId: 'p5',
        orgNodeId: 'n1',
        evidence: 'EXAM_HELD',
        occurredAt: new Date('2026-12-01T02:00:00.000Z'),
        periodDay: '2026-11-01',
        area: 'training',
        link: 'exams/e1',
      });
    },
  );

  it.each(['RETAKE', 'PRACTICE'])("a %s exam held is not the month's exam", (kind) => {
    expect(examEvidence(held(kind))).toBeNull();
  });

  it.each([
    ['hall.monthly.plan', 'MONTHLY_PLAN', 'MONTHLY'],
    ['hall.weekly.roster', 'ROSTER', 'WEEKLY'],
    ['district.monthly.exam', 'EXAM_HELD', 'MONTHLY'],
  ])('the catalogue has %s completed by %s', (code, evidence, cadence) => {
    expect(DUTY_CATALOGUE.find((d) => d.code === code)).toMatchObject({ evidence, cadence });
  });

  it('every kind the form and exam maps give is asked for by a duty of the catalogue', () => {
    const asked = new Set(DUTY_CATALOGUE.map((d) => d.evidence));
    for (const evidence of [...Object.values(FORM_EVIDENCE), ...Object.values(EXAM_EVIDENCE)])
      expect(asked).toContain(evidence);
  });
});
