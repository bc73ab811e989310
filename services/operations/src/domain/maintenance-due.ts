// When a device is next maintained (维护到期), on the China calendar: its cadence counted from its last maintenance,
// or from its installation when it has none. Due a few days ahead is a to-do for its hall; past the date, overdue.
import { MAINTENANCE_WARNING_DAYS, type MaintenanceState } from '@duda/contract-operations';
import { addCalendarDays, daysBetween, type CalendarDate } from '@duda/month';

export interface MaintenanceDue {
  dueOn: CalendarDate;
  state: MaintenanceState;
}

export function maintenanceDue(
  device: { installedOn: CalendarDate; lastMaintainedOn: CalendarDate | null },
  cadenceDays: number,
  today: CalendarDate,
): MaintenanceDue {
  const dueOn = addCalendarDays(device.lastMaintainedOn ?? device.installedOn, cadenceDays);
  const daysLeft = daysBetween(today, dueOn);
  const state = daysLeft < 0 ? 'OVERDUE' : daysLeft <= MAINTENANCE_WARNING_DAYS ? 'DUE' : 'OK';
  return { dueOn, state };
}
