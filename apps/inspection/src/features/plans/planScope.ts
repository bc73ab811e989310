// Where a plan applies (a city or a district, 市公司/区县公司) and what can be picked inside it.
import { isPlannableMonth } from '@duda/contract-inspection';
import { nextMonth, pickedMonthOf, type MonthKey } from '@duda/month';
import type { OrgLevel, OrgTreeNode } from '@duda/ui';

interface TreeNode {
  id: string;
  name: string;
  level: OrgLevel;
  children: TreeNode[];
}

/** The halls under the plan's unit, as a tree for the hall picker (districts stay as folders of a city plan). */
export function hallTreeOf(nodes: readonly TreeNode[], scopeOrgId: string): OrgTreeNode[] {
  const scope = findNode(nodes, scopeOrgId);
  return scope ? [cut(scope)] : [];
}

function cut(node: TreeNode): OrgTreeNode {
  return {
    id: node.id,
    name: node.name,
    level: node.level,
    children: node.children.filter((child) => child.level !== 'province').map(cut),
  };
}

function findNode(nodes: readonly TreeNode[], id: string): TreeNode | null {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return null;
}

/** Cities and districts a plan can be made for, as a tree. */
export function planningTree(nodes: readonly TreeNode[]): OrgTreeNode[] {
  return nodes
    .filter((node) => node.level !== 'hall')
    .map((node) => ({
      id: node.id,
      name: node.name,
      level: node.level,
      children: planningTree(node.children),
    }));
}

/** The unit to preselect: the only city or district the user can plan for, if there is just one. */
export function onlyPlanningUnit(tree: readonly OrgTreeNode[]): string | null {
  const units: string[] = [];
  const walk = (nodes: readonly OrgTreeNode[]) => {
    for (const node of nodes) {
      if (node.level === 'city' || node.level === 'district') units.push(node.id);
      walk(node.children ?? []);
    }
  };
  walk(tree);
  return units.length === 1 ? units[0]! : null;
}

/**
 * The month a new plan is most likely for: this month until the 3rd (plans are due by then,
 * docs/domain.md#plans), the next month after that.
 */
export function defaultPlanMonth(today: Date): MonthKey {
  const month = pickedMonthOf(today);
  return today.getDate() <= 3 ? month : nextMonth(month);
}

/**
 * The month picker offers this month and the next only: the server refuses a month already over
 * (planMonthPast) and one further ahead (planMonthTooFar).
 */
export const isOutsidePlanningWindow = (picked: Date, now: Date): boolean =>
  !isPlannableMonth(pickedMonthOf(picked), now);
