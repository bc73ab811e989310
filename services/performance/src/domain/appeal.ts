// 申诉's rules, free of I/O: the window after the result is shown, one open appeal per line, and the steps
// filed → interviewed (面谈) → accepted | rejected. An accepted appeal must say how many points it changes.
import { addCalendarDays, chinaDateOf, endOfChinaDay, type CalendarDate } from '@duda/month';
import { appealsErrors, OPEN_APPEAL_STATUSES, type AppealStatus } from '@duda/contract-performance';

export type AppealAction = 'INTERVIEW' | 'ACCEPT' | 'REJECT';

/** The last China calendar day a result shown at `shownAt` may be appealed: the day it was shown plus `days`. */
export function appealDeadline(shownAt: Date, days: number): CalendarDate {
  return addCalendarDays(chinaDateOf(shownAt), days);
}

/** Refuses filing when the result is not shown yet, the window has closed, or the line has an appeal open. */
export function checkFiling(input: {
  shownAt: Date | null;
  now: Date;
  windowDays: number;
  lineStatuses: readonly AppealStatus[];
}): void {
  if (!input.shownAt) throw appealsErrors.notShown();
  const until = appealDeadline(input.shownAt, input.windowDays);
  if (input.now.getTime() > endOfChinaDay(until).getTime())
    throw appealsErrors.windowClosed({ days: input.windowDays, until });
  if (input.lineStatuses.some(isOpen)) throw appealsErrors.alreadyOpen();
}

export const isOpen = (status: AppealStatus) =>
  (OPEN_APPEAL_STATUSES as readonly AppealStatus[]).includes(status);

/** The status an action leads to; refused from any other step (a decision needs the interview first). */
export function nextStatus(status: AppealStatus, action: AppealAction): AppealStatus {
  if (action === 'INTERVIEW' && status === 'FILED') return 'INTERVIEWED';
  if (action !== 'INTERVIEW' && status === 'INTERVIEWED')
    return action === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED';
  if (action !== 'INTERVIEW' && status === 'FILED') throw appealsErrors.interviewFirst();
  throw appealsErrors.wrongStep({ status });
}

/** The adjustment an accepted appeal becomes: its points, never 0; a rejection adjusts nothing. */
export function decisionPoints(accept: boolean, points: number | null | undefined): number | null {
  if (!accept) return null;
  if (points === null || points === undefined || points === 0) throw appealsErrors.pointsRequired();
  return points;
}
