import { can, type Action, type Actor, type Target } from '@duda/authz';
import { commonErrors, type AppError } from '@duda/contract-kit';

/**
 * Throws FORBIDDEN unless the actor may do `action` on `target` (see @duda/authz `can`); `denied` words the
 * refusal (an area's factory, e.g. `orgErrors.editOrgDenied`).
 */
export function assertCan(
  actor: Actor,
  action: Action,
  target: Target,
  denied: () => AppError = commonErrors.forbidden,
): void {
  if (!can(actor, action, target)) throw denied();
}
