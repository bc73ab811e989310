import { describe, expect, it } from 'vitest';
import { maintenanceDue } from './maintenance-due.ts';

describe('maintenance due date (China calendar)', () => {
  const cases = [
    // installed, last maintained, cadence, today → due on, state
    ['2026-01-01', null, 90, '2026-03-01', '2026-04-01', 'OK'],
    ['2026-01-01', null, 90, '2026-03-25', '2026-04-01', 'DUE'],
    ['2026-01-01', null, 90, '2026-04-01', '2026-04-01', 'DUE'],
    ['2026-01-01', null, 90, '2026-04-02', '2026-04-01', 'OVERDUE'],
    ['2026-01-01', '2026-03-30', 90, '2026-04-02', '2026-06-28', 'OK'],
    ['2024-02-01', null, 29, '2024-02-23', '2024-03-01', 'DUE'],
  ] as const;
  it.each(cases)(
    'installed %s, maintained %s, every %i days, on %s: due %s, %s',
    (installedOn, last, days, today, dueOn, state) => {
      expect(maintenanceDue({ installedOn, lastMaintainedOn: last }, days, today)).toEqual({ dueOn, state });
    },
  );
});
