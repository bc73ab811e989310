// One rounding rule for everything a hall sees: one decimal, half up. Scores are compared after rounding
// so that the figure printed in a notice is the figure that decided pass or fail.

export function roundScore(value: number): number {
  // toPrecision first absorbs binary noise such as 79.95 being stored as 79.9499999…
  return Math.round(Number((value * 10).toPrecision(12))) / 10;
}

/** `part / whole` as a percentage with one decimal, or null when there is nothing to divide by. */
export function percentage(part: number, whole: number): number | null {
  return whole === 0 ? null : roundScore((part / whole) * 100);
}
