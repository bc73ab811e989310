/** Something that must come after others: a seed step, or a service built after the services it calls. */
export interface DependencyNode {
  name: string;
  after: readonly string[];
}

/**
 * Every node after the ones it needs (depth first), otherwise in the order given, so the gateway's module
 * list decides ties. A missing dependency or a cycle is a configuration error naming the nodes; `label` says what the
 * nodes are (`seed step`, `service`).
 */
export function dependencyOrder<T extends DependencyNode>(nodes: readonly T[], label = 'seed step'): T[] {
  const byName = new Map(nodes.map((node) => [node.name, node]));
  for (const node of nodes)
    for (const need of node.after)
      if (!byName.has(need))
        throw new Error(`${label} "${node.name}" needs "${need}", which no service module provides`);
  const done = new Set<string>();
  const visiting: string[] = [];
  const ordered: T[] = [];
  const visit = (node: T) => {
    if (done.has(node.name)) return;
    if (visiting.includes(node.name))
      throw new Error(`${label}s depend on each other in a circle: ${[...visiting, node.name].join(' → ')}`);
    visiting.push(node.name);
    for (const need of node.after) visit(byName.get(need)!);
    visiting.pop();
    done.add(node.name);
    ordered.push(node);
  };
  for (const node of nodes) visit(node);
  return ordered;
}
