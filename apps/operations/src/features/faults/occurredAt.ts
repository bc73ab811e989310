// Which days the report form's 故障发生时间 picker offers: today and the days back the contract allows
// (FAULT_OCCURRED_MAX_DAYS), on the China calendar; the service checks the exact instant again.
import { FAULT_OCCURRED_MAX_DAYS } from '@duda/contract-operations';
import { addCalendarDays, chinaDateOf } from '@duda/month';

export function occurredChoice(day: Date, now: Date): boolean {
  const picked = chinaDateOf(day);
  const today = chinaDateOf(now);
  return picked <= today && picked >= addCalendarDays(today, -FAULT_OCCURRED_MAX_DAYS);
}
