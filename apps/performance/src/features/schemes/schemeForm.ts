// The scheme editor's lines: the weights' sum checked as they are typed (the service refuses anything but 100) and
// a KPI picked twice flagged before saving.
export interface SchemeLineDraft {
  kpiId: string | null;
  weight: number;
}

export interface WeightCheck {
  sum: number;
  /** What stops saving, as a message key under `performance.schemes.check`; null when it may be saved. */
  problem: 'empty' | 'kpiMissing' | 'duplicate' | 'not100' | null;
}

export function checkLines(lines: readonly SchemeLineDraft[]): WeightCheck {
  const sum = lines.reduce((total, line) => total + (Number.isFinite(line.weight) ? line.weight : 0), 0);
  const picked = lines.map((line) => line.kpiId).filter((id): id is string => id !== null);
  const problem =
    lines.length === 0
      ? 'empty'
      : picked.length < lines.length
        ? 'kpiMissing'
        : new Set(picked).size < picked.length
          ? 'duplicate'
          : sum !== 100
            ? 'not100'
            : null;
  return { sum, problem };
}
