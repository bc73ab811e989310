// The score distribution: equal bars over 0…paper total; a score on a boundary falls in the bar above it, the
// full score in the last bar; scores outside the range (a paper total given too low) in the nearest bar.
import type { HistogramBin } from './types.ts';

export function histogram(totals: ArrayLike<number>, paperTotal: number, bins: number): HistogramBin[] {
  if (!(paperTotal > 0) || !(bins >= 1)) return [];
  const n = Math.floor(bins);
  const width = paperTotal / n;
  const counts = new Array<number>(n).fill(0);
  for (let i = 0; i < totals.length; i++) {
    const bar = Math.min(n - 1, Math.max(0, Math.floor(totals[i]! / width)));
    counts[bar]! += 1;
  }
  return counts.map((count, bar) => ({
    from: bar * width,
    to: bar === n - 1 ? paperTotal : (bar + 1) * width,
    count,
  }));
}
