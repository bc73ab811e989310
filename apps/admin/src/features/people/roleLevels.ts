import { ORG_LEVELS, ROLE_LEVEL, type OrgLevel, type Role } from '@duda/contract-org';

/**
 * The org levels a role may be given at — a 店面经理 at a hall, a 区县督导 at a district — so the tree offers only
 * those (the server refuses the others too); a leader or an admin may sit at any level.
 */
export function levelsForRole(role: Role | null): OrgLevel[] {
  const level = role ? ROLE_LEVEL[role] : null;
  return level ? [level] : [...ORG_LEVELS];
}
