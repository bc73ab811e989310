import { describe, expect, it } from 'vitest';
import { formSubmittedPayload } from './submission-events.ts';

const payload = {
  submissionId: '0b1f7c1e-8a9e-4a39-9d1f-2f3c4d5e6f70',
  templateId: '1b1f7c1e-8a9e-4a39-9d1f-2f3c4d5e6f70',
  templateCode: '表3',
  versionId: '2b1f7c1e-8a9e-4a39-9d1f-2f3c4d5e6f70',
  version: 2,
  orgNodeId: '3b1f7c1e-8a9e-4a39-9d1f-2f3c4d5e6f70',
  orgName: '湖滨营业厅',
  submitterId: '4b1f7c1e-8a9e-4a39-9d1f-2f3c4d5e6f70',
  submittedAt: '2026-11-30T17:30:00.000Z',
  day: '2026-12-01',
  month: '2026-12',
};

describe('forms.submission.submitted payload', () => {
  it('accepts a submitted form with the China day and month it counts for', () => {
    expect(formSubmittedPayload.parse(payload)).toEqual(payload);
  });

  it("accepts a meeting record's meeting type", () => {
    const meeting = { ...payload, templateCode: '表4', meetingType: 'weekly' };
    expect(formSubmittedPayload.parse(meeting)).toEqual(meeting);
  });

  it.each([
    ['an empty meeting type', { meetingType: '' }],
    ['a month that does not exist', { month: '2026-13' }],
    ['a day that is not a date', { day: '2026-12-32' }],
    ['a time without its zone', { submittedAt: '2026-11-30 17:30' }],
    ['a version of zero', { version: 0 }],
  ])('refuses %s', (_name, change) => {
    expect(formSubmittedPayload.safeParse({ ...payload, ...change }).success).toBe(false);
  });
});
