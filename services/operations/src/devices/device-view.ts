// A ledger row as pages read it: the device with its maintenance due date and state on today's China calendar.
import { chinaDateOf } from '@duda/month';
import type { Device } from '../generated/prisma/client.ts';
import { maintenanceDue } from '../domain/maintenance-due.ts';
import type { CadenceOf } from '../maintenance/cadence.ts';

const RETIRED = new Set(['REPLACED', 'SCRAPPED']);

export const isRetired = (device: Pick<Device, 'status'>) => RETIRED.has(device.status);

export function deviceView(device: Device, cadenceOf: CadenceOf, now: Date) {
  const due = maintenanceDue(device, cadenceOf(device), chinaDateOf(now));
  // A retired device is no longer maintained.
  return { ...device, maintenance: isRetired(device) ? null : due };
}
export type DeviceView = ReturnType<typeof deviceView>;
