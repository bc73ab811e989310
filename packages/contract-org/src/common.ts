// The roles and org levels are owned by @duda/authz (authorisation decides on them); the contract names
// them for the wire without a second declaration.
import { ORG_LEVELS, ROLES } from '@duda/authz';
import { commonErrors } from '@duda/contract-kit';
import { z } from 'zod';

export { ORG_LEVELS, ROLE_LEVEL, ROLES, type OrgLevel, type Role } from '@duda/authz';

export const id = z.uuid({ error: commonErrors.invalidId.code });
export const byId = z.object({ id });
export const role = z.enum(ROLES);
export const orgLevel = z.enum(ORG_LEVELS);
