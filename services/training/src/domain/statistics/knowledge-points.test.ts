import { describe, expect, it } from 'vitest';
import { pointFacilities, strengthsAndWeaknesses, weakestPoints } from './knowledge-points.ts';

const mark = (knowledgePointId: string, mark: number, maxMark = 1) => ({ knowledgePointId, mark, maxMark });

describe('knowledge points', () => {
  // Two attempts: A has two questions on 套餐 (1 + 0 of 2) and one on 宽带 (2 of 2); B one on 套餐 (1 of 1).
  const group = pointFacilities([[mark('套餐', 1), mark('套餐', 0), mark('宽带', 2, 2)], [mark('套餐', 1)]]);

  it('sums marks over max marks per point, and means per attempt that had the point', () => {
    // 套餐: (1 + 0 + 1)/(1 + 1 + 1) = 2/3, mean (1 + 1)/2 = 1; 宽带: 2/2, mean 2 over one attempt
    expect(group.get('套餐')).toEqual({ knowledgePointId: '套餐', facility: 2 / 3, mean: 1, attempts: 2 });
    expect(group.get('宽带')).toEqual({ knowledgePointId: '宽带', facility: 1, mean: 2, attempts: 1 });
  });

  it('a point worth nothing has no facility and is no weakness', () => {
    const zero = pointFacilities([[mark('礼仪', 0, 0)], [mark('套餐', 0)]]);
    expect(zero.get('礼仪')!.facility).toBeNull();
    expect(weakestPoints(zero, 5).map((p) => p.knowledgePointId)).toEqual(['套餐']);
  });

  it('lists the weakest points first', () => {
    expect(weakestPoints(group, 1).map((p) => p.knowledgePointId)).toEqual(['套餐']);
  });

  it('compares a person with the city, ten points either way', () => {
    const city = pointFacilities([
      [mark('套餐', 1), mark('宽带', 1), mark('终端', 1)],
      [mark('套餐', 0), mark('宽带', 0), mark('终端', 1)],
    ]);
    // city: 套餐 0.5, 宽带 0.5, 终端 1
    const person = pointFacilities([
      [mark('套餐', 1), mark('宽带', 0.55), mark('终端', 0), mark('新业务', 1)],
    ]);
    const { points, strengths, weaknesses } = strengthsAndWeaknesses(person, city);
    expect(points.map((p) => [p.knowledgePointId, p.difference])).toEqual([
      ['套餐', 0.5],
      ['宽带', 0.050000000000000044],
      ['终端', -1],
    ]);
    expect(strengths.map((p) => p.knowledgePointId)).toEqual(['套餐']);
    expect(weaknesses.map((p) => p.knowledgePointId)).toEqual(['终端']);
  });
});
