import { describe, expect, it } from 'vitest';
import { rankByScore } from './ranking.ts';

describe('rankByScore', () => {
  it('shares ranks on ties and skips after them', () => {
    const ranked = rankByScore([
      { id: 'a', name: '城东营业厅', score: 90 },
      { id: 'b', name: '城西营业厅', score: 95 },
      { id: 'c', name: '北门营业厅', score: 90 },
      { id: 'd', name: '南湖营业厅', score: 80 },
    ]);
    expect(ranked.map((r) => [r.id, r.rank])).toEqual([
      ['b', 1],
      ['c', 2], // 北 (bei) before 城 (cheng)
      ['a', 2],
      ['d', 4],
    ]);
  });

  it('judges ties on the rounded score', () => {
    const ranked = rankByScore([
      { id: 'a', name: '甲', score: 88.04 },
      { id: 'b', name: '乙', score: 87.96 },
    ]);
    expect(ranked.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('lists units without a score last and unranked, keeping extra fields', () => {
    const ranked = rankByScore([
      { id: 'a', name: '甲', score: null, district: '城东区' },
      { id: 'b', name: '乙', score: 70, district: '城西区' },
    ]);
    expect(ranked).toEqual([
      { id: 'b', name: '乙', score: 70, district: '城西区', rank: 1 },
      { id: 'a', name: '甲', score: null, district: '城东区', rank: null },
    ]);
  });

  it('handles an empty list', () => {
    expect(rankByScore([])).toEqual([]);
  });
});
