// Monthly score figures per hall and per district. A hall inspected several times in a month scores the
// average of its inspections; a district scores the average of its halls, so a hall visited twice does
// not weigh double in its district.
import { roundScore } from '@duda/contract-inspection';

export interface ScoredInspection {
  hallId: string;
  hallName: string;
  districtId: string;
  districtName: string;
  score: number;
  passed: boolean;
  vetoed: boolean;
}

export interface HallMonthScore {
  hallId: string;
  hallName: string;
  districtId: string;
  districtName: string;
  /** Average of the month's inspections, one decimal. */
  score: number;
  inspections: number;
  failedInspections: number;
  vetoedInspections: number;
}

export interface DistrictMonthScore {
  districtId: string;
  districtName: string;
  score: number;
  halls: number;
}

const average = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

export function hallMonthScores(inspections: readonly ScoredInspection[]): HallMonthScore[] {
  const byHall = new Map<string, ScoredInspection[]>();
  for (const inspection of inspections) {
    byHall.set(inspection.hallId, [...(byHall.get(inspection.hallId) ?? []), inspection]);
  }
  return [...byHall.values()].map((list) => {
    const first = list[0] as ScoredInspection;
    return {
      hallId: first.hallId,
      hallName: first.hallName,
      districtId: first.districtId,
      districtName: first.districtName,
      score: roundScore(average(list.map((i) => i.score))),
      inspections: list.length,
      failedInspections: list.filter((i) => !i.passed).length,
      vetoedInspections: list.filter((i) => i.vetoed).length,
    };
  });
}

export function districtMonthScores(halls: readonly HallMonthScore[]): DistrictMonthScore[] {
  const byDistrict = new Map<string, HallMonthScore[]>();
  for (const hall of halls)
    byDistrict.set(hall.districtId, [...(byDistrict.get(hall.districtId) ?? []), hall]);
  return [...byDistrict.values()].map((list) => ({
    districtId: (list[0] as HallMonthScore).districtId,
    districtName: (list[0] as HallMonthScore).districtName,
    score: roundScore(average(list.map((h) => h.score))),
    halls: list.length,
  }));
}
