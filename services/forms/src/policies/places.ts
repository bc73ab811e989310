// The units a policy of an owning unit may name (scope, consultation): the owner and everything below it, with
// their names, as the org service answers them for the caller (each unit with its district and city).
import type { Actor } from '@duda/authz';
import { scopeOf } from '@duda/authz';
import type { FormsDeps } from '../deps.ts';
import type { Ctx } from '../approvals/acting-context.ts';
import { expandScope, type Place } from './domain/scope.ts';

export interface NamedPlace extends Place {
  name: string;
}

/** The owner's units; the caller keeps its policies, so the subtree is within their `forms.policy.manage` scope. */
export async function unitsUnder(
  deps: Pick<FormsDeps, 'org'>,
  ctx: Ctx & { actor: Actor },
  ownerOrgId: string,
) {
  const ids = scopeOf(ctx.actor, 'forms.policy.manage').orgNodeIds;
  const places = await deps.org.query<NamedPlace[]>(ctx, 'nodes', { ids: ids.slice(0, 1000) });
  const under = new Set(expandScope([ownerOrgId], places));
  return places.filter((p) => under.has(p.id));
}
