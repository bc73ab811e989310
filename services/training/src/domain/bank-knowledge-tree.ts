// The knowledge-point tree (知识点) as pure data: subtrees for filtering, paths for the import/export sheet,
// and the rules an edit of the tree must keep (no cycles, names unique among siblings).

export interface KnowledgeNode {
  id: string;
  parentId: string | null;
  name: string;
  sortOrder: number;
}

export interface KnowledgeTreeNode extends KnowledgeNode {
  path: string;
  children: KnowledgeTreeNode[];
}

/** Path separator in the spreadsheet and in the pages: 业务知识/套餐资费. */
export const KNOWLEDGE_PATH_SEPARATOR = '/';

const bySortOrder = (a: KnowledgeNode, b: KnowledgeNode) =>
  a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'zh-CN');

function childrenOf(nodes: readonly KnowledgeNode[]): Map<string | null, KnowledgeNode[]> {
  const children = new Map<string | null, KnowledgeNode[]>();
  for (const node of nodes) {
    const siblings = children.get(node.parentId) ?? [];
    siblings.push(node);
    children.set(node.parentId, siblings);
  }
  for (const siblings of children.values()) siblings.sort(bySortOrder);
  return children;
}

/** The nodes as a forest in sibling order, each with its full path. */
export function buildKnowledgeTree(nodes: readonly KnowledgeNode[]): KnowledgeTreeNode[] {
  const children = childrenOf(nodes);
  const build = (parentId: string | null, prefix: string, seen: Set<string>): KnowledgeTreeNode[] =>
    (children.get(parentId) ?? [])
      .filter((node) => !seen.has(node.id))
      .map((node) => {
        const path = prefix ? `${prefix}${KNOWLEDGE_PATH_SEPARATOR}${node.name}` : node.name;
        return { ...node, path, children: build(node.id, path, new Set(seen).add(node.id)) };
      });
  return build(null, '', new Set());
}

/** The node and every node below it. */
export function subtreeIds(nodes: readonly KnowledgeNode[], rootIds: readonly string[]): string[] {
  const children = childrenOf(nodes);
  const found = new Set<string>();
  const visit = (id: string) => {
    if (found.has(id)) return;
    found.add(id);
    for (const child of children.get(id) ?? []) visit(child.id);
  };
  rootIds.forEach(visit);
  return [...found];
}

/** Full path of every node, by id. */
export function knowledgePaths(nodes: readonly KnowledgeNode[]): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (tree: KnowledgeTreeNode[]) =>
    tree.forEach((node) => {
      paths.set(node.id, node.path);
      walk(node.children);
    });
  walk(buildKnowledgeTree(nodes));
  return paths;
}

/** Whether moving `id` under `newParentId` would put a node below itself. */
export function wouldCycle(nodes: readonly KnowledgeNode[], id: string, newParentId: string | null): boolean {
  return newParentId !== null && subtreeIds(nodes, [id]).includes(newParentId);
}
