import { describe, expect, it } from 'vitest';
import { drillFigures, type DrillFact } from './drill-figures.ts';

const hubin = { orgNodeId: 'h', orgName: '湖滨营业厅' };
const nanxing = { orgNodeId: 'n', orgName: '南星营业厅' };
const fact = (over: Partial<DrillFact>): DrillFact => ({
  ...hubin,
  status: 'SCHEDULED',
  overdue: false,
  rating: null,
  minutes: null,
  ...over,
});

describe('drill figures per hall', () => {
  it('counts scheduled, held, evaluated and overdue drills, the ratings and the mean time of the held ones, halls in pinyin order', () => {
    const figures = drillFigures([
      fact({ status: 'EVALUATED', rating: 'GOOD', minutes: 20 }),
      fact({ status: 'EVALUATED', rating: 'FAIL', minutes: 35 }),
      fact({ status: 'DONE', minutes: 12 }),
      fact({ status: 'RUNNING' }),
      fact({ status: 'SCHEDULED', overdue: true }),
      fact({ ...nanxing, status: 'SCHEDULED' }),
    ]);
    expect(figures).toEqual([
      {
        ...hubin,
        scheduled: 5,
        held: 3,
        evaluated: 2,
        overdue: 1,
        ratings: { GOOD: 1, PASS: 0, FAIL: 1 },
        meanMinutes: 22.3,
      },
      {
        ...nanxing,
        scheduled: 1,
        held: 0,
        evaluated: 0,
        overdue: 0,
        ratings: { GOOD: 0, PASS: 0, FAIL: 0 },
        meanMinutes: null,
      },
    ]);
  });

  it('has no row for a hall without drills', () => {
    expect(drillFigures([])).toEqual([]);
  });
});
