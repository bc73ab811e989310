import { badRequest } from '@duda/service-kit/errors';
import type { OrgLevel } from '@duda/authz';

// The org tree is stored with a materialised path: "/<root id>/<child id>/…/<own id>/".

export const LEVEL_ORDER: Record<OrgLevel, number> = { province: 0, city: 1, district: 2, hall: 3 };

export const pathOf = (parentPath: string | null, id: string): string => `${parentPath ?? '/'}${id}/`;

export const isWithin = (path: string, ancestorPath: string): boolean => path.startsWith(ancestorPath);

/** Ids on a path, root first. */
export const idsOnPath = (path: string): string[] => path.split('/').filter(Boolean);

/** A node sits below a node of a higher level (a hall under a district, a district under a city…). */
export function assertPlacement(level: OrgLevel, parentLevel: OrgLevel | null) {
  if (parentLevel === null) {
    if (level !== 'province') throw badRequest('只有省公司可以作为组织树的根节点', 'parentId');
    return;
  }
  if (LEVEL_ORDER[parentLevel] >= LEVEL_ORDER[level]) {
    throw badRequest('上级组织的层级必须高于当前组织（省公司 → 市公司 → 区县公司 → 营业厅）', 'parentId');
  }
}

/** Moving a node under itself or one of its descendants would cut the tree. */
export function assertMoveTarget(nodePath: string, newParentPath: string) {
  if (isWithin(newParentPath, nodePath))
    throw badRequest('不能把组织移动到它自己或它的下级组织下面', 'parentId');
}

/** The new path of every node of a moved subtree. */
export const rebasedPath = (path: string, oldPrefix: string, newPrefix: string): string =>
  newPrefix + path.slice(oldPrefix.length);
