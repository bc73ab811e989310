// 指标分解: targets are allocated from the city down (district → hall → person); a person is measured against the
// nearest allocation above them, and against the KPI's own target when nothing was allocated on the way.

/** Allocated targets of a month: subject (person, hall or district id) → KPI id → target. */
export type Allocations = ReadonlyMap<string, ReadonlyMap<string, number>>;

export function targetFor(
  kpi: { id: string; target: number },
  /** The person, then their hall, then their district: nearest first. */
  chain: readonly (string | null)[],
  allocations: Allocations,
): number {
  for (const subject of chain) {
    const target = subject === null ? undefined : allocations.get(subject)?.get(kpi.id);
    if (target !== undefined) return target;
  }
  return kpi.target;
}

export function allocationsOf(
  rows: readonly { subjectId: string; kpiId: string; target: number }[],
): Allocations {
  const bySubject = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const own = bySubject.get(row.subjectId) ?? new Map<string, number>();
    own.set(row.kpiId, row.target);
    bySubject.set(row.subjectId, own);
  }
  return bySubject;
}
