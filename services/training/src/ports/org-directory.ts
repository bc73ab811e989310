// Org data through the org service's public API (never its tables), on behalf of the same caller, so the org
// service's own scope rules apply: a place the caller may not see comes back as missing.
import type { OrgLevel } from '@duda/authz';
import type { CallerContext, ServiceClient } from '@duda/service-kit';

/** A hall or office as the training service needs it: names and where it sits. */
export interface OrgPlace {
  id: string;
  name: string;
  level: OrgLevel;
  active: boolean;
  district: { id: string; name: string } | null;
  city: { id: string; name: string } | null;
}

export const orgPlaces = (org: ServiceClient, ctx: CallerContext, ids: string[]): Promise<OrgPlace[]> =>
  ids.length ? org.query<OrgPlace[]>(ctx, 'nodes', { ids: [...new Set(ids)] }) : Promise.resolve([]);

/** The city the caller belongs to (where the bank, papers and exams live), or null for an account outside one. */
export async function homeCityOf(
  org: ServiceClient,
  ctx: CallerContext & { actor: { homeOrgNodeId: string } },
): Promise<{ id: string; name: string } | null> {
  const [home] = await orgPlaces(org, ctx, [ctx.actor.homeOrgNodeId]);
  return home?.level === 'city' ? { id: home.id, name: home.name } : (home?.city ?? null);
}
