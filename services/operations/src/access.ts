// Who is calling and what of the ledger they may see: the org nodes of `operations.read` (a hall its own, a district
// its halls'), and a refusal that never tells whether a record exists outside them.
import { can, scopeOf, type Action, type Actor } from '@duda/authz';
import type { CallerContext } from '@duda/service-kit';

export type Ctx = CallerContext & { actor: Actor };

export const readableNodes = (actor: Actor) => scopeOf(actor, 'operations.read').orgNodeIds;

export const mayRead = (actor: Actor, orgNodeId: string) => can(actor, 'operations.read', { orgNodeId });

export const nodesFor = (actor: Actor, action: Action) => scopeOf(actor, action).orgNodeIds;
