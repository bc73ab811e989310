// training.figures.month on a real database: one city monthly exam sat by five people, one candidate absent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { writeExam } from './test-data.ts';

let f: TrainingFixture;
let examId: string;

beforeAll(async () => {
  f = await trainingFixture();
  const written = await writeExam(f, {
    title: '11月全市月考',
    questions: [
      { point: '套餐资费', points: 1 },
      { point: '宽带业务', points: 1 },
    ],
    marks: {
      HZ10101: [1, 1], // 李娜 湖滨 100 %, passed
      HZ10103: [0, 1], // 赵雪 湖滨 50 %, under the pass mark 2
      HZ10201: [1, 1], // 吴俊 南星 100 %
      HZ13001: null, //  沈佳琪 文三路: no attempt
    },
    passMark: 2,
  });
  examId = written.exam.id;
});
afterAll(() => f.close());

describe('training.figures.month (what performance scores from)', () => {
  it('gives the trainer every candidate of the month with the attempt behind the result', async () => {
    const { results } = await (await f.as('trainer')).figures.month({ month: '2026-11' });
    expect(results).toHaveLength(4);
    expect(results.every((row) => row.examId === examId && row.kind === 'CITY_MONTHLY' && row.closed)).toBe(
      true,
    );
    const byPercent = results.map((row) => [row.percent, row.passed, row.attemptId !== null]).sort();
    // (sorted as text: the absent candidate's empty row first)
    expect(byPercent).toEqual([
      [null, null, false],
      [100, true, true],
      [100, true, true],
      [50, false, true],
    ]);
  });

  it('gives a hall manager the hall’s candidates only, and a clerk nothing', async () => {
    const { results } = await (await f.as('hubin.mgr')).figures.month({ month: '2026-11' });
    expect(results.map((row) => row.percent).sort()).toEqual([100, 50]);
    // Each row names the candidate's hall, so performance can tell one hall's people from the next.
    expect(results.map((row) => row.orgNodeId)).toEqual([f.hall('HZ-SC-01').id, f.hall('HZ-SC-01').id]);
    await expect((await f.as('hubin.clerk')).figures.month({ month: '2026-11' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
