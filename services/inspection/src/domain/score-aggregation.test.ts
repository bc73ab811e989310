import { describe, expect, it } from 'vitest';
import { districtMonthScores, hallMonthScores } from './score-aggregation.ts';
import type { ScoredInspection } from './score-aggregation.ts';

const inspection = (
  hallId: string,
  score: number,
  overrides: Partial<ScoredInspection> = {},
): ScoredInspection => ({
  hallId,
  hallName: `营业厅${hallId}`,
  districtId: 'east',
  districtName: '城东区',
  score,
  passed: score >= 80,
  vetoed: false,
  ...overrides,
});

describe('hallMonthScores', () => {
  it('averages a hall’s inspections and counts failures and vetoes', () => {
    const [hall] = hallMonthScores([
      inspection('h1', 90),
      inspection('h1', 85.5),
      inspection('h1', 95, { passed: false, vetoed: true }),
    ]);
    expect(hall).toMatchObject({
      hallId: 'h1',
      score: 90.2,
      inspections: 3,
      failedInspections: 1,
      vetoedInspections: 1,
    });
  });

  it('returns nothing for a month without inspections', () => {
    expect(hallMonthScores([])).toEqual([]);
  });
});

describe('districtMonthScores', () => {
  it('averages halls, not inspections', () => {
    const halls = hallMonthScores([
      inspection('h1', 100),
      inspection('h1', 100),
      inspection('h1', 100),
      inspection('h2', 70),
      inspection('h3', 60, { districtId: 'west', districtName: '城西区' }),
    ]);
    expect(districtMonthScores(halls)).toEqual([
      { districtId: 'east', districtName: '城东区', score: 85, halls: 2 },
      { districtId: 'west', districtName: '城西区', score: 60, halls: 1 },
    ]);
  });
});
