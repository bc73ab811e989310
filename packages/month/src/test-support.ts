// The month rules must give China's answer on a machine set to any zone. Node applies a change of
// `process.env.TZ` at once, so a test can run its cases under several machine zones in turn.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** Each zone with `getTimezoneOffset()` (minutes behind UTC) on 1 July 2026, to prove the zone took effect. */
const MACHINE_ZONES = {
  // West of China, with daylight saving.
  'America/Los_Angeles': 420,
  // East of China: the date there is ahead of China's.
  'Pacific/Kiritimati': -840,
  // Daylight saving switched at midnight: some local midnights do not exist.
  'America/Santiago': 240,
  UTC: 0,
  'Asia/Shanghai': -480,
} as const;

/** Runs `cases` once per machine zone. */
export function inEveryMachineZone(cases: () => void): void {
  for (const [zone, offsetInJuly] of Object.entries(MACHINE_ZONES)) {
    describe(`on a machine in ${zone}`, () => {
      const before = process.env.TZ;
      beforeAll(() => {
        process.env.TZ = zone;
      });
      afterAll(() => {
        if (before === undefined) delete process.env.TZ;
        else process.env.TZ = before;
      });

      it('runs in that zone', () => {
        expect(new Date(Date.UTC(2026, 6, 1)).getTimezoneOffset()).toBe(offsetInJuly);
      });

      cases();
    });
  }
}
