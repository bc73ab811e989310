import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { spreadFraction, spreadPeriodMs } from './spread.ts';

describe("spreading a crowd's repeats", () => {
  it('gives each key the same fraction every time', () => {
    const key = randomUUID();
    expect(spreadFraction(key)).toBe(spreadFraction(key));
  });

  it('spreads ten thousand keys evenly over [0, 1)', () => {
    const deciles = Array<number>(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const f = spreadFraction(randomUUID());
      expect(f).toBeGreaterThanOrEqual(0);
      expect(f).toBeLessThan(1);
      deciles[Math.floor(f * 10)]! += 1;
    }
    for (const count of deciles) expect(count).toBeGreaterThan(850);
  });

  it('keeps a period between its share of the full period and all of it', () => {
    for (const key of ['', 'a', randomUUID(), 'f'.repeat(64)]) {
      const period = spreadPeriodMs(key, 600_000, 0.25);
      expect(period).toBeGreaterThan(450_000 - 1);
      expect(period).toBeLessThanOrEqual(600_000);
    }
  });
});
