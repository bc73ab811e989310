import { describe, expect, it } from 'vitest';
import {
  defaultPlanMonth,
  hallTreeOf,
  isOutsidePlanningWindow,
  onlyPlanningUnit,
  planningTree,
} from './planScope.ts';

const hall = (id: string) => ({ id, name: `营业厅${id}`, level: 'hall' as const, children: [] });
const tree = [
  {
    id: 'city',
    name: '杭州分公司',
    level: 'city' as const,
    children: [
      { id: 'sc', name: '上城区分公司', level: 'district' as const, children: [hall('h1'), hall('h2')] },
      { id: 'xh', name: '西湖区分公司', level: 'district' as const, children: [hall('h3')] },
    ],
  },
];

describe('hallTreeOf', () => {
  it('cuts the visible tree to the plan’s unit', () => {
    expect(hallTreeOf(tree, 'sc')).toEqual([
      {
        id: 'sc',
        name: '上城区分公司',
        level: 'district',
        children: [
          { id: 'h1', name: '营业厅h1', level: 'hall', children: [] },
          { id: 'h2', name: '营业厅h2', level: 'hall', children: [] },
        ],
      },
    ]);
    expect(hallTreeOf(tree, 'city')[0]!.children!.map((d) => d.id)).toEqual(['sc', 'xh']);
    expect(hallTreeOf(tree, 'elsewhere')).toEqual([]);
  });
});

describe('planningTree and onlyPlanningUnit', () => {
  it('keeps cities and districts and preselects a single one', () => {
    expect(planningTree(tree)[0]!.children!.map((d) => d.children)).toEqual([[], []]);
    expect(onlyPlanningUnit(planningTree(tree))).toBeNull();
    expect(onlyPlanningUnit(planningTree(tree[0]!.children.slice(0, 1)))).toBe('sc');
  });
});

describe('defaultPlanMonth', () => {
  it('is this month until the 3rd, then the next', () => {
    expect(defaultPlanMonth(new Date(2026, 10, 3))).toBe('2026-11');
    expect(defaultPlanMonth(new Date(2026, 10, 4))).toBe('2026-12');
    expect(defaultPlanMonth(new Date(2026, 11, 23))).toBe('2027-01');
  });
});

describe('isOutsidePlanningWindow', () => {
  it('greys out the months already over in China and those after next month', () => {
    const now = new Date('2026-11-10T02:00:00Z');
    expect(isOutsidePlanningWindow(new Date(2026, 9, 1), now)).toBe(true);
    expect(isOutsidePlanningWindow(new Date(2026, 10, 1), now)).toBe(false);
    expect(isOutsidePlanningWindow(new Date(2026, 11, 1), now)).toBe(false);
    expect(isOutsidePlanningWindow(new Date(2027, 0, 1), now)).toBe(true);
  });
});
