import type { OrgLevel } from '@duda/authz';
import { orgErrors } from '@duda/contract-org';

// The org tree is stored with a materialised path: "/<root id>/<child id>/…/<own id>/".

export const LEVEL_ORDER: Record<OrgLevel, number> = { province: 0, city: 1, district: 2, hall: 3 };

export const pathOf = (parentPath: string | null, id: string): string => `${parentPath ?? '/'}${id}/`;

export const isWithin = (path: string, ancestorPath: string): boolean => path.startsWith(ancestorPath);

/** Ids on a path, root first. */
export const idsOnPath = (path: string): string[] => path.split('/').filter(Boolean);

/** A node sits below a node of a higher level (a hall under a district, a district under a city…). */
export function assertPlacement(level: OrgLevel, parentLevel: OrgLevel | null) {
  if (parentLevel === null) {
    if (level !== 'province') throw orgErrors.rootMustBeProvince({}, 'parentId');
    return;
  }
  if (LEVEL_ORDER[parentLevel] >= LEVEL_ORDER[level]) {
    throw orgErrors.parentLevelTooLow({}, 'parentId');
  }
}

/** Moving a node under itself or one of its descendants would cut the tree. */
export function assertMoveTarget(nodePath: string, newParentPath: string) {
  if (isWithin(newParentPath, nodePath)) throw orgErrors.moveIntoOwnSubtree({}, 'parentId');
}

/** The new path of every node of a moved subtree. */
export const rebasedPath = (path: string, oldPrefix: string, newPrefix: string): string =>
  newPrefix + path.slice(oldPrefix.length);
