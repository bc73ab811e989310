// The countdown to a case's time limit (办结时限) as the pages show it: time left, or how long it has been over.
const MINUTE = 60_000;

export interface Countdown {
  overdue: boolean;
  days: number;
  hours: number;
  minutes: number;
}

/** Whole days, hours and minutes between now and the limit; a closed case has none. */
export function countdownTo(dueAt: Date | string, now: Date): Countdown {
  const diff = new Date(dueAt).getTime() - now.getTime();
  const total = Math.floor(Math.abs(diff) / MINUTE);
  return {
    overdue: diff <= 0,
    days: Math.floor(total / (24 * 60)),
    hours: Math.floor((total % (24 * 60)) / 60),
    minutes: total % 60,
  };
}
