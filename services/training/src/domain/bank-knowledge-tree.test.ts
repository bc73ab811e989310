import { describe, expect, it } from 'vitest';
import { buildKnowledgeTree, knowledgePaths, subtreeIds, wouldCycle } from './bank-knowledge-tree.ts';

const nodes = [
  { id: 'biz', parentId: null, name: '业务知识', sortOrder: 1 },
  { id: 'svc', parentId: null, name: '服务规范', sortOrder: 0 },
  { id: 'fee', parentId: 'biz', name: '套餐资费', sortOrder: 1 },
  { id: 'mnp', parentId: 'biz', name: '携号转网', sortOrder: 0 },
  { id: 'fee5g', parentId: 'fee', name: '5G套餐', sortOrder: 0 },
];

describe('the knowledge-point tree', () => {
  it('orders siblings by their sort order and gives each node its path', () => {
    const tree = buildKnowledgeTree(nodes);
    expect(tree.map((n) => n.name)).toEqual(['服务规范', '业务知识']);
    expect(tree[1]!.children.map((n) => n.path)).toEqual(['业务知识/携号转网', '业务知识/套餐资费']);
    expect(tree[1]!.children[1]!.children[0]!.path).toBe('业务知识/套餐资费/5G套餐');
  });

  it('finds a subtree, the roots included', () => {
    expect(subtreeIds(nodes, ['biz']).sort()).toEqual(['biz', 'fee', 'fee5g', 'mnp']);
    expect(subtreeIds(nodes, ['mnp'])).toEqual(['mnp']);
  });

  it('maps ids to paths', () => {
    expect(knowledgePaths(nodes).get('fee5g')).toBe('业务知识/套餐资费/5G套餐');
  });

  it('refuses to move a node below itself or its descendants', () => {
    expect(wouldCycle(nodes, 'biz', 'fee5g')).toBe(true);
    expect(wouldCycle(nodes, 'biz', 'biz')).toBe(true);
    expect(wouldCycle(nodes, 'fee', 'svc')).toBe(false);
    expect(wouldCycle(nodes, 'fee', null)).toBe(false);
  });
});
