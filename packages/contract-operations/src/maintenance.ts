// `operations.maintenance`: how often each type of device is maintained (维护周期, a city setting).
import { z } from 'zod';
import { DEVICE_TYPES } from './devices.ts';

/** Used for a type the city has not set. */
export const DEFAULT_MAINTENANCE_DAYS = 90;
/** A device is due (a to-do for its hall) this many days before its maintenance date. */
export const MAINTENANCE_WARNING_DAYS = 7;

export const MAINTENANCE_STATES = ['OK', 'DUE', 'OVERDUE'] as const;
export type MaintenanceState = (typeof MAINTENANCE_STATES)[number];

export const maintenanceInputs = {
  setCadence: z.object({ type: z.enum(DEVICE_TYPES), days: z.number().int().min(1).max(730) }),
};
