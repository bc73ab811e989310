import { can, type Action, type Actor, type Target } from '@duda/authz';
import type { AppError } from '@duda/contract-kit';
import { commonErrors } from '@duda/contract-kit';
import { forbidden } from './errors.ts';

/**
 * Throws FORBIDDEN unless the actor may do `action` on `target` (see @duda/authz `can`); `denied` words the
 * refusal (an area's factory, e.g. `orgErrors.editOrgDenied`).
 */
export function assertCan(
  actor: Actor,
  action: Action,
  target: Target,
  denied: string | (() => AppError) = commonErrors.forbidden,
): void {
  if (can(actor, action, target)) return;
  throw typeof denied === 'string' ? forbidden(denied) : denied();
}
