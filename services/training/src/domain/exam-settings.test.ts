import { examInputs } from '@duda/contract-training';
import { describe, expect, it } from 'vitest';
import { examSettingsProblems, reviewAllowed, type PaperForExam } from './exam-settings.ts';

const id = '7f1c3a52-0d7b-4f4e-9a55-2b1d8c7e9f10';
const base = examInputs.create.parse({
  title: '12 月上城区笔试',
  kind: 'DISTRICT_WRITTEN',
  month: '2026-12',
  orgNodeId: id,
  paperId: id,
  target: { orgNodeIds: [id] },
  opensAt: new Date('2026-12-10T01:00:00Z'),
  closesAt: new Date('2026-12-10T03:00:00Z'),
  timeLimitMinutes: 60,
  passMark: 60,
});
const paper: PaperForExam = { title: '营业厅业务知识', status: 'PUBLISHED', totalPoints: 100 };
const problems = (change: Partial<typeof base>, p: PaperForExam = paper) =>
  examSettingsProblems({ ...base, ...change }, p).map((e) => [e.code, e.field]);

describe('examSettingsProblems', () => {
  it('accepts sound settings', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ timeLimitMinutes: 120, passMark: 100 })).toEqual([]);
  });

  it('wants the exam to close after it opens, and the time limit to fit the window', () => {
    expect(problems({ closesAt: base.opensAt })).toEqual([['training.exams.closesBeforeOpens', 'closesAt']]);
    const [error] = examSettingsProblems({ ...base, timeLimitMinutes: 121 }, paper);
    expect([error!.field, error!.message]).toEqual([
      'timeLimitMinutes',
      '答题时长 121 分钟超过了考试开放时长 120 分钟。',
    ]);
  });

  it('takes grace minutes only with the grace-period mode, and requires them there', () => {
    expect(problems({ graceMinutes: 10 })).toEqual([
      ['training.exams.graceOnlyWithGracePeriod', 'graceMinutes'],
    ]);
    expect(problems({ overdueHandling: 'GRACE_PERIOD' })).toEqual([
      ['training.exams.graceRequired', 'graceMinutes'],
    ]);
    expect(problems({ overdueHandling: 'GRACE_PERIOD', graceMinutes: 10 })).toEqual([]);
  });

  it('takes a release date only with ON_DATE, requires it there, not before the exam opens', () => {
    const reviewAt = new Date('2026-12-11T00:00:00Z');
    expect(problems({ reviewAt })).toEqual([['training.exams.reviewDateOnlyOnDate', 'reviewAt']]);
    expect(problems({ reviewRule: 'ON_DATE' })).toEqual([['training.exams.reviewDateRequired', 'reviewAt']]);
    expect(problems({ reviewRule: 'ON_DATE', reviewAt: new Date('2026-12-09T00:00:00Z') })).toEqual([
      ['training.exams.reviewDateBeforeOpen', 'reviewAt'],
    ]);
    expect(problems({ reviewRule: 'ON_DATE', reviewAt })).toEqual([]);
  });

  it('wants a published paper whose total reaches the pass mark', () => {
    expect(problems({ passMark: 100.5 })).toEqual([['training.exams.passMarkAboveTotal', 'passMark']]);
    expect(problems({}, { ...paper, status: 'DRAFT' })).toEqual([
      ['training.exams.paperNotPublished', 'paperId'],
    ]);
    expect(problems({}, { ...paper, status: 'RETIRED' })).toEqual([
      ['training.exams.paperNotPublished', 'paperId'],
    ]);
  });

  it('wants someone to sit it, and names the exam retaken only on a retake', () => {
    expect(problems({ target: { orgNodeIds: [], roles: [], personIds: [] } })).toEqual([
      ['training.exams.targetEmpty', 'target'],
    ]);
    expect(problems({ target: { orgNodeIds: [], roles: ['clerk'], personIds: [] } })).toEqual([]);
    expect(problems({ retakeOfId: id })).toEqual([['training.exams.retakeOfOnlyForRetake', 'retakeOfId']]);
    expect(problems({ kind: 'RETAKE', retakeOfId: id })).toEqual([]);
  });
});

describe('reviewAllowed', () => {
  const closesAt = new Date('2026-12-10T03:00:00Z');
  const before = new Date('2026-12-10T02:00:00Z');
  const after = new Date('2026-12-10T03:00:00Z');
  it("follows the exam's review rule", () => {
    expect(reviewAllowed({ reviewRule: 'IMMEDIATELY', reviewAt: null, closesAt }, true, before)).toBe(true);
    expect(reviewAllowed({ reviewRule: 'IMMEDIATELY', reviewAt: null, closesAt }, false, before)).toBe(false);
    expect(reviewAllowed({ reviewRule: 'AFTER_CLOSE', reviewAt: null, closesAt }, true, before)).toBe(false);
    expect(reviewAllowed({ reviewRule: 'AFTER_CLOSE', reviewAt: null, closesAt }, true, after)).toBe(true);
    const onDate = { reviewRule: 'ON_DATE' as const, reviewAt: new Date('2026-12-12T00:00:00Z'), closesAt };
    expect(reviewAllowed(onDate, true, after)).toBe(false);
    expect(reviewAllowed(onDate, true, new Date('2026-12-12T00:00:00Z'))).toBe(true);
    expect(reviewAllowed({ reviewRule: 'NEVER', reviewAt: null, closesAt }, true, after)).toBe(false);
  });
});
