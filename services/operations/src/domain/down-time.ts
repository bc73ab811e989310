// Down time (停机时长) of a fault: from when it began (its report, or the earlier time the reporter names) until its
// repair, the device is out of service. A month's share
// is the part inside that month's China-time range (a fault reported at 23:00 on 31 March China time belongs to
// March, though it is still March 31 15:00 in UTC), so a long fault is split over the months it spans.
import { monthRange, type MonthKey } from '@duda/month';

const MINUTE_MS = 60_000;

export interface FaultTimes {
  reportedAt: Date;
  /** 故障发生时间, when the reporter says the device stopped before the report; null: at the report. */
  occurredAt?: Date | null;
  /** Null while it is not repaired yet: down until `now`. */
  repairedAt: Date | null;
}

const downSince = (fault: FaultTimes) => fault.occurredAt ?? fault.reportedAt;

/** Whole minutes from its start to repair (or to `now` while unrepaired). */
export function downMinutes(fault: FaultTimes, now: Date): number {
  const end = fault.repairedAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - downSince(fault).getTime()) / MINUTE_MS));
}

/** Minutes of the fault's down time inside the China-time month, cut at `now` for the current month. */
export function downMinutesInMonth(fault: FaultTimes, month: MonthKey, now: Date): number {
  const { start, end } = monthRange(month);
  const from = Math.max(downSince(fault).getTime(), start.getTime());
  const to = Math.min((fault.repairedAt ?? now).getTime(), end.getTime(), now.getTime());
  return Math.max(0, Math.floor((to - from) / MINUTE_MS));
}

/** Minutes of the China-time month that have passed by `now` (all of them for a past month). */
export function monthMinutesSoFar(month: MonthKey, now: Date): number {
  const { start, end } = monthRange(month);
  return Math.max(0, Math.floor((Math.min(end.getTime(), now.getTime()) - start.getTime()) / MINUTE_MS));
}

/**
 * Share of time the devices were in service during the month (可用率), 0–1, or null without devices or time:
 * 1 − down minutes ÷ (devices × minutes of the month so far).
 */
export function availability(
  deviceCount: number,
  faults: readonly FaultTimes[],
  month: MonthKey,
  now: Date,
): number | null {
  const minutes = monthMinutesSoFar(month, now);
  if (deviceCount === 0 || minutes === 0) return null;
  const down = faults.reduce((sum, fault) => sum + downMinutesInMonth(fault, month, now), 0);
  return Math.max(0, 1 - down / (deviceCount * minutes));
}
