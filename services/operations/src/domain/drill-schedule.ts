// A drill's state and when it is a to-do (演练到期): SCHEDULED until run; due within the warning days, overdue after
// its day (China calendar) — for the hall that holds it.
import type { DrillStatus } from '@duda/contract-operations';
import { daysBetween, type CalendarDate } from '@duda/month';

/** A drill shows in the hall's inbox this many days before its day. */
export const DRILL_WARNING_DAYS = 7;

export function drillStatus(drill: {
  incident: { closedAt: Date | null } | null;
  evaluatedAt: Date | null;
}): DrillStatus {
  if (drill.evaluatedAt) return 'EVALUATED';
  if (!drill.incident) return 'SCHEDULED';
  return drill.incident.closedAt ? 'DONE' : 'RUNNING';
}

export type DrillDue = 'LATER' | 'DUE' | 'OVERDUE';

export function drillDue(dueOn: CalendarDate, today: CalendarDate): DrillDue {
  const daysLeft = daysBetween(today, dueOn);
  if (daysLeft < 0) return 'OVERDUE';
  return daysLeft <= DRILL_WARNING_DAYS ? 'DUE' : 'LATER';
}
