// An attempt's clock (计时): when it must end, and what happens once it has run out, by the exam's overdue mode
// (Moodle's three): AUTOSUBMIT submits it as it stands; GRACE_PERIOD lets it only be submitted for graceMinutes,
// then submits it; NOT_COUNTED sets it aside (ABANDONED, not counted) unless it was submitted in time.
import type { AttemptStatus, OverdueHandling } from '@duda/contract-training';

const MINUTE_MS = 60_000;

export interface ExamTiming {
  /** 0 for no limit of its own: the exam's close ends the attempt. */
  timeLimitMinutes: number;
  closesAt: Date;
  overdueHandling: OverdueHandling;
  graceMinutes: number;
}

export interface AttemptClock {
  /** Answers are accepted until then: the time limit from the start, or the exam's close if sooner. */
  deadlineAt: Date;
  /** Submitting is accepted until then (after deadlineAt only under GRACE_PERIOD). */
  submitUntil: Date;
}

export function attemptClock(exam: ExamTiming, startedAt: Date): AttemptClock {
  const byLimit =
    exam.timeLimitMinutes > 0 ? startedAt.getTime() + exam.timeLimitMinutes * MINUTE_MS : Infinity;
  const deadlineAt = new Date(Math.min(byLimit, exam.closesAt.getTime()));
  return { deadlineAt, submitUntil: graceEnd(exam, deadlineAt) };
}

/** The end of the grace period for an attempt ending at deadlineAt. */
export const graceEnd = (
  exam: Pick<ExamTiming, 'overdueHandling' | 'graceMinutes'>,
  deadlineAt: Date,
): Date =>
  exam.overdueHandling === 'GRACE_PERIOD'
    ? new Date(deadlineAt.getTime() + exam.graceMinutes * MINUTE_MS)
    : deadlineAt;

/** What an unfinished attempt must become at `now`. */
export type OverdueAction =
  /** Still running, or waiting in its grace period: leave it. */
  | 'NONE'
  /** Into its grace period: only a submit is accepted. */
  | 'MARK_OVERDUE'
  /** Submit it as it stands and mark it. */
  | 'SUBMIT'
  /** Close it without counting it. */
  | 'ABANDON';

export function overdueAction(
  exam: Pick<ExamTiming, 'overdueHandling' | 'graceMinutes'>,
  attempt: { status: AttemptStatus; deadlineAt: Date },
  now: Date,
): OverdueAction {
  if (attempt.status !== 'IN_PROGRESS' && attempt.status !== 'OVERDUE') return 'NONE';
  if (now.getTime() < attempt.deadlineAt.getTime()) return 'NONE';
  switch (exam.overdueHandling) {
    case 'AUTOSUBMIT':
      return 'SUBMIT';
    case 'NOT_COUNTED':
      return 'ABANDON';
    case 'GRACE_PERIOD':
      if (now.getTime() >= graceEnd(exam, attempt.deadlineAt).getTime()) return 'SUBMIT';
      return attempt.status === 'IN_PROGRESS' ? 'MARK_OVERDUE' : 'NONE';
  }
}

/** May the examinee still change answers? Only while running and before the deadline. */
export const acceptsAnswers = (attempt: { status: AttemptStatus; deadlineAt: Date }, now: Date): boolean =>
  attempt.status === 'IN_PROGRESS' && now.getTime() < attempt.deadlineAt.getTime();

/** May the examinee still submit? Before the deadline, and under GRACE_PERIOD until its end. */
export function acceptsSubmit(
  exam: Pick<ExamTiming, 'overdueHandling' | 'graceMinutes'>,
  attempt: { status: AttemptStatus; deadlineAt: Date },
  now: Date,
): boolean {
  if (attempt.status !== 'IN_PROGRESS' && attempt.status !== 'OVERDUE') return false;
  return now.getTime() < graceEnd(exam, attempt.deadlineAt).getTime();
}
