import { canAnywhere, type Action, type Actor } from '@duda/authz';
import type { AppError } from '@duda/contract-kit';

/**
 * Refuses, before any record is looked up, someone who may not do `action` anywhere: otherwise "not found"
 * for a made-up id and "denied" for a real one would tell them which ids exist.
 */
export function assertMaySomewhere(actor: Actor, action: Action, denied: () => AppError): void {
  if (!canAnywhere(actor, action)) throw denied();
}
