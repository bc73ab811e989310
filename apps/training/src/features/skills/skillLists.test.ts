import { describe, expect, it } from 'vitest';
import { minutesAndSeconds, ownHallOf, percent } from './skillLists.ts';

describe('the skills lists', () => {
  it('finds the one hall of a hall manager, and none for someone who sees more', () => {
    const hall = { id: 'h1', name: '湖滨营业厅', level: 'hall' as const, children: [] };
    expect(ownHallOf([hall])).toEqual({ id: 'h1', name: '湖滨营业厅' });
    expect(ownHallOf([{ id: 'd1', name: '上城区分公司', level: 'district', children: [hall] }])).toBeNull();
  });

  it('writes times as minutes and seconds, shares as percentages', () => {
    expect(minutesAndSeconds(425)).toBe('7:05');
    expect(minutesAndSeconds(59)).toBe('0:59');
    expect(percent(0.3333)).toBe('33.3%');
  });
});
