// Deadlines and escalation of rectification orders (整改单). Defaults, which a city may override:
// - deadline by severity: CRITICAL 1 day, MAJOR 3 days, MINOR 7 days, counted in China calendar days from
//   the day the order is issued and ending at 24:00 of the last day (整改期限 reads as a date, not an hour);
// - escalation once overdue: the district (区县公司) from the first minute past the deadline, the city
//   (市公司) once more than 3 further days have passed.
import { inspectionErrors } from '@duda/contract-inspection';
import { addCalendarDays, chinaDateOf, DAY_MS, endOfChinaDay } from '@duda/month';
import type { Severity } from '@duda/contract-inspection';

export interface RectificationPolicy {
  deadlineDays: Record<Severity, number>;
  /** Days past the deadline after which an overdue order goes up to the city. */
  cityEscalationAfterDays: number;
}

export const DEFAULT_RECTIFICATION_POLICY: RectificationPolicy = {
  deadlineDays: { CRITICAL: 1, MAJOR: 3, MINOR: 7 },
  cityEscalationAfterDays: 3,
};

const isWholeDays = (days: number) => Number.isInteger(days) && days >= 0;

export function validateRectificationPolicy(policy: RectificationPolicy): void {
  for (const severity of ['CRITICAL', 'MAJOR', 'MINOR'] as const) {
    if (!isWholeDays(policy.deadlineDays[severity])) {
      throw inspectionErrors.deadlineDaysInvalid({}, `deadlineDays.${severity}`);
    }
  }
  const { CRITICAL, MAJOR, MINOR } = policy.deadlineDays;
  if (CRITICAL > MAJOR || MAJOR > MINOR) {
    throw inspectionErrors.deadlineOrder({}, 'deadlineDays');
  }
  if (!isWholeDays(policy.cityEscalationAfterDays)) {
    throw inspectionErrors.escalationDaysInvalid({}, 'cityEscalationAfterDays');
  }
}

/** 0 days means "by the end of the day it was issued". */
export function rectificationDeadline(severity: Severity, issuedAt: Date, policy: RectificationPolicy): Date {
  return endOfChinaDay(addCalendarDays(chinaDateOf(issuedAt), policy.deadlineDays[severity]));
}

export type EscalationLevel = 0 | 1 | 2;

export const ESCALATION_LABELS: Record<EscalationLevel, string> = {
  0: '营业厅',
  1: '区县公司',
  2: '市公司',
};

export interface Escalation {
  level: EscalationLevel;
  /** Who must chase the order now. */
  label: string;
  /** Started days past the deadline (1 as soon as it is overdue); 0 when not overdue. */
  overdueDays: number;
}

export function escalationForOverdue(deadline: Date, now: Date, policy: RectificationPolicy): Escalation {
  const overdueMs = now.getTime() - deadline.getTime();
  if (overdueMs <= 0) return { level: 0, label: ESCALATION_LABELS[0], overdueDays: 0 };
  const overdueDays = Math.ceil(overdueMs / DAY_MS);
  const level: EscalationLevel = overdueDays > policy.cityEscalationAfterDays ? 2 : 1;
  return { level, label: ESCALATION_LABELS[level], overdueDays };
}
