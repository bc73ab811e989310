import { describe, expect, it } from 'vitest';
import {
  acceptsAnswers,
  acceptsSubmit,
  attemptClock,
  overdueAction,
  type ExamTiming,
} from './attempt-clock.ts';

const at = (hhmm: string) => new Date(`2026-12-10T${hhmm}:00Z`);
const exam = (over: Partial<ExamTiming> = {}): ExamTiming => ({
  timeLimitMinutes: 60,
  closesAt: at('12:00'),
  overdueHandling: 'AUTOSUBMIT',
  graceMinutes: 0,
  ...over,
});

describe('the attempt deadline', () => {
  it('is the time limit from the start, or the exam close when sooner', () => {
    expect(attemptClock(exam(), at('09:00')).deadlineAt).toEqual(at('10:00'));
    expect(attemptClock(exam(), at('11:30')).deadlineAt).toEqual(at('12:00'));
    expect(attemptClock(exam({ timeLimitMinutes: 0 }), at('09:00')).deadlineAt).toEqual(at('12:00'));
  });

  it('lets a grace period extend only the time to submit', () => {
    const clock = attemptClock(exam({ overdueHandling: 'GRACE_PERIOD', graceMinutes: 15 }), at('09:00'));
    expect(clock).toEqual({ deadlineAt: at('10:00'), submitUntil: at('10:15') });
    expect(attemptClock(exam({ graceMinutes: 15 }), at('09:00')).submitUntil).toEqual(at('10:00'));
  });
});

describe('what an attempt past its deadline becomes', () => {
  const running = { status: 'IN_PROGRESS' as const, deadlineAt: at('10:00') };

  it('nothing before the deadline, whatever the mode', () => {
    for (const overdueHandling of ['AUTOSUBMIT', 'GRACE_PERIOD', 'NOT_COUNTED'] as const) {
      expect(overdueAction(exam({ overdueHandling }), running, at('09:59'))).toBe('NONE');
    }
  });

  it('AUTOSUBMIT submits it at the deadline', () => {
    expect(overdueAction(exam(), running, at('10:00'))).toBe('SUBMIT');
  });

  it('NOT_COUNTED abandons it', () => {
    expect(overdueAction(exam({ overdueHandling: 'NOT_COUNTED' }), running, at('10:01'))).toBe('ABANDON');
  });

  it('GRACE_PERIOD marks it overdue, then submits it when the grace ends', () => {
    const grace = exam({ overdueHandling: 'GRACE_PERIOD', graceMinutes: 15 });
    expect(overdueAction(grace, running, at('10:05'))).toBe('MARK_OVERDUE');
    expect(overdueAction(grace, { ...running, status: 'OVERDUE' }, at('10:05'))).toBe('NONE');
    expect(overdueAction(grace, { ...running, status: 'OVERDUE' }, at('10:15'))).toBe('SUBMIT');
    // The service was down through the whole grace period: straight to submitted.
    expect(overdueAction(grace, running, at('11:00'))).toBe('SUBMIT');
  });

  it('leaves ended attempts alone', () => {
    for (const status of ['SUBMITTED', 'ABANDONED'] as const) {
      expect(overdueAction(exam(), { status, deadlineAt: at('10:00') }, at('11:00'))).toBe('NONE');
    }
  });
});

describe('what the examinee may still do', () => {
  const grace = exam({ overdueHandling: 'GRACE_PERIOD', graceMinutes: 10 });
  const running = { status: 'IN_PROGRESS' as const, deadlineAt: at('10:00') };

  it('answers until the deadline only', () => {
    expect(acceptsAnswers(running, at('09:59'))).toBe(true);
    expect(acceptsAnswers(running, at('10:00'))).toBe(false);
    expect(acceptsAnswers({ ...running, status: 'OVERDUE' }, at('09:59'))).toBe(false);
  });

  it('submits until the deadline, or the end of the grace period', () => {
    expect(acceptsSubmit(exam(), running, at('10:00'))).toBe(false);
    expect(acceptsSubmit(grace, running, at('10:09'))).toBe(true);
    expect(acceptsSubmit(grace, { ...running, status: 'OVERDUE' }, at('10:09'))).toBe(true);
    expect(acceptsSubmit(grace, running, at('10:10'))).toBe(false);
    expect(acceptsSubmit(grace, { ...running, status: 'SUBMITTED' }, at('09:00'))).toBe(false);
  });
});
