import type { RouterOutputs } from '@duda/api-client';
import { describe, expect, it } from 'vitest';
import { ownHall, placesOfLevel, treeOfLevels } from './orgScope.ts';

type Node = RouterOutputs['org']['tree'][number];

const node = (id: string, level: Node['level'], children: Node[] = []): Node => ({
  id,
  code: id,
  name: `名称${id}`,
  level,
  parentId: null,
  active: true,
  address: null,
  children,
});

const city = node('hz', 'city', [
  node('sc', 'district', [node('hubin', 'hall'), node('nanxing', 'hall')]),
  node('xh', 'district', [node('wulin', 'hall')]),
]);

describe('org scope', () => {
  it('keeps only the levels a picker offers', () => {
    expect(treeOfLevels([city], ['city', 'district'])).toEqual([
      {
        id: 'hz',
        name: '名称hz',
        level: 'city',
        children: [
          { id: 'sc', name: '名称sc', level: 'district', children: [] },
          { id: 'xh', name: '名称xh', level: 'district', children: [] },
        ],
      },
    ]);
  });

  it('keeps every level when none is named', () => {
    expect(treeOfLevels([city])).toEqual([
      {
        id: 'hz',
        name: '名称hz',
        level: 'city',
        children: [
          {
            id: 'sc',
            name: '名称sc',
            level: 'district',
            children: [
              { id: 'hubin', name: '名称hubin', level: 'hall', children: [] },
              { id: 'nanxing', name: '名称nanxing', level: 'hall', children: [] },
            ],
          },
          {
            id: 'xh',
            name: '名称xh',
            level: 'district',
            children: [{ id: 'wulin', name: '名称wulin', level: 'hall', children: [] }],
          },
        ],
      },
    ]);
  });

  it('lists the halls in tree order', () => {
    expect(placesOfLevel([city], 'hall').map((h) => h.id)).toEqual(['hubin', 'nanxing', 'wulin']);
  });

  it('recognises a hall’s own staff by a tree that is just their hall', () => {
    expect(ownHall([node('hubin', 'hall')])).toEqual({ id: 'hubin', name: '名称hubin', level: 'hall' });
    expect(ownHall([city])).toBeNull();
    expect(ownHall([])).toBeNull();
  });
});
