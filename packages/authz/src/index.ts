export { ACTIONS, ROLE_GRANTS, grantOf, type Action, type Reach } from './actions.ts';
export {
  can,
  canAnywhere,
  permissionsOf,
  scopeOf,
  type Actor,
  type Scope,
  type ScopedRole,
  type Target,
} from './authorize.ts';
export {
  ORG_LEVEL_LABELS,
  ORG_LEVELS,
  ROLE_LABELS,
  ROLE_LEVEL,
  ROLES,
  type OrgLevel,
  type Role,
} from './roles.ts';
