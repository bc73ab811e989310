// By knowledge point (知识点): how much of the marks on a point a group earned, the group's weakest points, and a
// person's strengths and weaknesses against the city — the "analyse" step of the knowledge cycle.

/** One question as one attempt had it: the point it tests, the mark earned, the mark it was worth. */
export interface PointMark {
  readonly knowledgePointId: string;
  readonly mark: number;
  readonly maxMark: number;
}

export interface PointFacility {
  readonly knowledgePointId: string;
  /** Σ mark / Σ max mark over the group's attempts, 0…1; null when the point was worth nothing. */
  readonly facility: number | null;
  /** Mean marks earned on the point per attempt that had it. */
  readonly mean: number;
  /** Attempts that had a question on the point. */
  readonly attempts: number;
}

/** Each point's facility over a group of attempts (each attempt: the questions it had). */
export function pointFacilities(attempts: Iterable<readonly PointMark[]>): Map<string, PointFacility> {
  const sums = new Map<string, { mark: number; max: number; attempts: number }>();
  for (const attempt of attempts) {
    const seen = new Set<string>();
    for (const { knowledgePointId, mark, maxMark } of attempt) {
      const sum = sums.get(knowledgePointId) ?? { mark: 0, max: 0, attempts: 0 };
      sum.mark += mark;
      sum.max += maxMark;
      if (!seen.has(knowledgePointId)) sum.attempts += 1;
      seen.add(knowledgePointId);
      sums.set(knowledgePointId, sum);
    }
  }
  return new Map(
    [...sums].map(([knowledgePointId, sum]) => [
      knowledgePointId,
      {
        knowledgePointId,
        facility: sum.max > 0 ? sum.mark / sum.max : null,
        mean: sum.mark / sum.attempts,
        attempts: sum.attempts,
      },
    ]),
  );
}

/** A group's common weaknesses: its points of lowest facility, weakest first. */
export function weakestPoints(
  facilities: ReadonlyMap<string, PointFacility>,
  count: number,
): PointFacility[] {
  return [...facilities.values()]
    .filter((p): p is PointFacility & { facility: number } => p.facility !== null)
    .sort((a, b) => a.facility - b.facility || a.knowledgePointId.localeCompare(b.knowledgePointId))
    .slice(0, count);
}

export interface PointComparison {
  readonly knowledgePointId: string;
  readonly facility: number;
  readonly cityFacility: number;
  /** facility − cityFacility. */
  readonly difference: number;
}

/** How far from the city's facility a point must be to count as a strength or a weakness (10 percentage points). */
export const STRENGTH_MARGIN = 0.1;

/**
 * A person's points against the city: a strength at least STRENGTH_MARGIN above the city, a weakness as far below;
 * strongest and weakest first.
 */
export function strengthsAndWeaknesses(
  person: ReadonlyMap<string, PointFacility>,
  city: ReadonlyMap<string, PointFacility>,
) {
  const points: PointComparison[] = [];
  for (const [id, own] of person) {
    const benchmark = city.get(id)?.facility;
    if (own.facility === null || benchmark === null || benchmark === undefined) continue;
    points.push({
      knowledgePointId: id,
      facility: own.facility,
      cityFacility: benchmark,
      difference: own.facility - benchmark,
    });
  }
  points.sort((a, b) => b.difference - a.difference || a.knowledgePointId.localeCompare(b.knowledgePointId));
  return {
    points,
    strengths: points.filter((p) => p.difference >= STRENGTH_MARGIN - 1e-12),
    weaknesses: points.filter((p) => p.difference <= -STRENGTH_MARGIN + 1e-12).reverse(),
  };
}
