// Queue warnings (排队预警): the inputs of `inspection.queue.*` (reading sources and warning levels are in
// enums.ts).
import { z } from 'zod';
import { byId, id, month } from './common.ts';
import { QUEUE_SOURCES } from './enums.ts';

export const queueInputs = {
  report: z.object({
    hallId: id,
    openCounters: z.number().int().min(0).max(100),
    waitingCustomers: z.number().int().min(0).max(2000),
    source: z.enum(QUEUE_SOURCES).default('manual'),
  }),
  readings: z.object({ hallId: id }),
  /** A hall's month of readings in figures (表2's 排队情况), however many there were. */
  month: z.object({ hallId: id, month }),
  acknowledge: byId,
  settings: z.object({ cityId: id }),
  updateSettings: z.object({
    cityId: id,
    level1: z.number().positive().max(20),
    level2: z.number().positive().max(20),
    planCeiling: z.number().positive().max(30),
  }),
};

/**
 * The payload of `queue.warning.raised` (a reading reached level 1 or 2) and of `queue.warning.acknowledged` (the
 * hall or its district dealt with it, `acknowledgedAt` set): the facts a subscriber acts on without reading
 * inspection's tables. `warningId` is the reading's id; `at` the reading's time (ISO).
 */
export const queueWarningPayload = z.object({
  warningId: z.uuid(),
  hallId: z.uuid(),
  hallName: z.string(),
  districtId: z.uuid(),
  cityId: z.uuid(),
  level: z.union([z.literal(1), z.literal(2)]),
  waitingCustomers: z.number().int().min(0),
  openCounters: z.number().int().min(0),
  at: z.iso.datetime(),
  acknowledgedAt: z.iso.datetime().nullable(),
});
export type QueueWarningPayload = z.infer<typeof queueWarningPayload>;
