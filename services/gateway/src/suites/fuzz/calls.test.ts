import { z } from '@duda/service-kit';
import { describe, expect, it } from 'vitest';
import { CALL_BUDGET, callsFor, roundsFor } from './calls.ts';

const callsPerProcedure = (procedures: number, signedIn = 4) =>
  roundsFor(procedures, signedIn).reduce(
    (sum, round) => sum + round.valid * (round.asEveryone ? signedIn : 1) + round.hostile + round.envelopes,
    0,
  );

describe('calls of the fuzzing suite', () => {
  it('keep to the budget however many procedures there are, and never to nothing', () => {
    expect(callsPerProcedure(60)).toBe(29);
    expect(callsPerProcedure(120)).toBe(16);
    for (const procedures of [60, 120, 200])
      expect(callsPerProcedure(procedures) * procedures).toBeLessThanOrEqual(CALL_BUDGET);
    expect(callsPerProcedure(1_000)).toBe(10);
  });

  it('send valid-shaped inputs to everyone in the second round, hostile ones and raw texts to the next caller', () => {
    const procedure = {
      path: 'inspection.plans.get',
      kind: 'query' as const,
      inputs: [z.object({ id: z.uuid() })],
      form: null,
    };
    const [first, second] = roundsFor(120, 4);
    const firstCalls = callsFor(procedure, new Map(), first!, 1);
    expect(firstCalls.map((call) => call.asEveryone)).toEqual([false, false]);
    const secondCalls = callsFor(procedure, new Map(), second!, 1);
    expect(secondCalls.filter((call) => call.asEveryone)).toHaveLength(2);
    expect(secondCalls.filter((call) => call.input.startsWith('raw '))).toHaveLength(2);
    expect(secondCalls).toHaveLength(2 + 4 + 2);
  });
});
