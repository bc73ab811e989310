import { can, type Action, type Actor, type Target } from '@duda/authz';
import { forbidden } from './errors.ts';

/** Throws FORBIDDEN unless the actor may do `action` on `target` (see @duda/authz `can`). */
export function assertCan(actor: Actor, action: Action, target: Target, message?: string): void {
  if (!can(actor, action, target)) throw forbidden(message);
}
