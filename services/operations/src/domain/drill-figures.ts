// Drills per hall for the supervisors (演练统计): how many were scheduled, held and evaluated, how they were rated,
// how long a held drill took on average, and how many are past their day without being run.
import type { DrillRating, DrillStatus } from '@duda/contract-operations';

export interface DrillFact {
  orgNodeId: string;
  orgName: string;
  status: DrillStatus;
  overdue: boolean;
  rating: DrillRating | null;
  minutes: number | null;
}

export interface HallDrillFigures {
  orgNodeId: string;
  orgName: string;
  scheduled: number;
  held: number;
  evaluated: number;
  overdue: number;
  ratings: Record<DrillRating, number>;
  /** Mean minutes of the held drills, one decimal; null when none was held. */
  meanMinutes: number | null;
}

export function drillFigures(facts: readonly DrillFact[]): HallDrillFigures[] {
  const halls = new Map<string, HallDrillFigures & { minutesSum: number; timed: number }>();
  for (const fact of facts) {
    const hall = halls.get(fact.orgNodeId) ?? {
      orgNodeId: fact.orgNodeId,
      orgName: fact.orgName,
      scheduled: 0,
      held: 0,
      evaluated: 0,
      overdue: 0,
      ratings: { GOOD: 0, PASS: 0, FAIL: 0 },
      meanMinutes: null,
      minutesSum: 0,
      timed: 0,
    };
    hall.scheduled += 1;
    if (fact.status === 'DONE' || fact.status === 'EVALUATED') hall.held += 1;
    if (fact.status === 'EVALUATED') hall.evaluated += 1;
    if (fact.status === 'SCHEDULED' && fact.overdue) hall.overdue += 1;
    if (fact.rating) hall.ratings[fact.rating] += 1;
    if (fact.minutes !== null) {
      hall.minutesSum += fact.minutes;
      hall.timed += 1;
    }
    halls.set(fact.orgNodeId, hall);
  }
  return [...halls.values()]
    .map(({ minutesSum, timed, ...hall }) => ({
      ...hall,
      meanMinutes: timed ? Math.round((minutesSum / timed) * 10) / 10 : null,
    }))
    .sort((a, b) => a.orgName.localeCompare(b.orgName, 'zh-CN'));
}
