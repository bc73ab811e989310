import { describe, expect, it } from 'vitest';
import type { OrgTreeNode } from '../shared/api.ts';
import { childLevels, findNode, parentLevels, withoutSubtree } from './orgLevels.ts';

const unit = (id: string, level: OrgTreeNode['level'], children: OrgTreeNode[] = []): OrgTreeNode => ({
  id,
  code: id.toUpperCase(),
  name: id,
  level,
  parentId: null,
  active: true,
  address: null,
  children,
});
const tree = [unit('hz', 'city', [unit('sc', 'district', [unit('hubin', 'hall')]), unit('xh', 'district')])];

describe('placing units in the org tree', () => {
  it('offers any lower level for a child and any higher level for a new parent', () => {
    expect(childLevels('city')).toEqual(['district', 'hall']);
    expect(childLevels('hall')).toEqual([]);
    expect(parentLevels('hall')).toEqual(['province', 'city', 'district']);
  });

  it('leaves a unit and its subtree out of the places it can move to', () => {
    const places = withoutSubtree(tree, 'sc');
    expect(findNode(places, 'sc')).toBeNull();
    expect(findNode(places, 'hubin')).toBeNull();
    expect(findNode(places, 'xh')?.name).toBe('xh');
  });
});
