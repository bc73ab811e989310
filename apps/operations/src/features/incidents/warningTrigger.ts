// How a queue warning reads on the start page and an incident's detail: its facts, the reading's time on China
// clocks (HH:mm), whichever timezone the phone is set to.
import { CHINA_TIME_ZONE } from '@duda/month';

export interface WarningFacts {
  waitingCustomers: number;
  openCounters: number;
  at: string | Date;
}

export const chinaClock = (at: string | Date) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: CHINA_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(at));

/** The message parameters of `operations.incidents.trigger`. */
export const triggerValues = (warning: WarningFacts) => ({
  waiting: warning.waitingCustomers,
  counters: warning.openCounters,
  at: chinaClock(warning.at),
});
