// `operations.maintenance`: how often each type of device is maintained (维护周期, a city setting).
import { commonErrors } from '@duda/contract-kit';
import { z } from 'zod';
import { DEVICE_TYPES } from './devices.ts';

/** Used for a type the city has not set. */
export const DEFAULT_MAINTENANCE_DAYS = 90;
/** A device is due (a to-do for its hall) this many days before its maintenance date. */
export const MAINTENANCE_WARNING_DAYS = 7;

export const MAINTENANCE_STATES = ['OK', 'DUE', 'OVERDUE'] as const;
export type MaintenanceState = (typeof MAINTENANCE_STATES)[number];

/** The shortest and longest cadence a city may set, in days. */
export const CADENCE_DAYS = { min: 1, max: 730 } as const;

const id = z.uuid({ error: commonErrors.invalidId.code });

export const maintenanceInputs = {
  /** A city's cadences: the caller's own city unless one is named. */
  cadences: z.object({ cityNodeId: id.nullish() }).nullish(),
  setCadence: z.object({
    cityNodeId: id,
    type: z.enum(DEVICE_TYPES),
    days: z.number().int().min(CADENCE_DAYS.min).max(CADENCE_DAYS.max),
  }),
};
