import { describe, expect, it } from 'vitest';
import { contingencyErrors } from './plans-errors.ts';
import { planStepSchema } from './plans.ts';

describe('a plan step’s time limit (时限)', () => {
  const step = { text: '确认故障范围', role: 'duty_manager' };
  it.each([
    [undefined, true],
    [null, true],
    [1, true],
    [1440, true],
    [0, false],
    [1441, false],
    [2.5, false],
  ])('%s minutes accepted: %s', (minutes, accepted) => {
    const parsed = planStepSchema.safeParse({ ...step, minutes });
    expect(parsed.success).toBe(accepted);
    if (!parsed.success)
      expect(parsed.error.issues[0]?.message).toBe(contingencyErrors.stepMinutesInvalid.code);
  });
});
