import type { OrgLevel } from '@duda/authz';
import type { CallerContext, ServiceClient } from '@duda/service-kit';
import { inspectionErrors } from '@duda/contract-inspection';

/** A hall or office as the inspection service needs it: names and where it sits. */
export interface OrgPlace {
  id: string;
  name: string;
  level: OrgLevel;
  active: boolean;
  district: { id: string; name: string } | null;
  city: { id: string; name: string } | null;
}

/** People's names, looked up when they are copied onto plans and inspections. */
export interface PersonRef {
  id: string;
  name: string;
  orgNodeId: string;
}

/**
 * Org data through the org service's public API (never its tables), on behalf of the same caller, so
 * the org service's own scope rules apply: a place the caller may not see comes back as missing.
 */
export interface OrgDirectory {
  places(ctx: CallerContext, ids: string[]): Promise<OrgPlace[]>;
  people(ctx: CallerContext, ids: string[]): Promise<PersonRef[]>;
}

export function orgDirectory(org: ServiceClient): OrgDirectory {
  return {
    places: (ctx, ids) =>
      ids.length ? org.query<OrgPlace[]>(ctx, 'nodes', { ids: [...new Set(ids)] }) : Promise.resolve([]),
    people: (ctx, ids) =>
      ids.length
        ? org.query<PersonRef[]>(ctx, 'people.byIds', { ids: [...new Set(ids)] })
        : Promise.resolve([]),
  };
}

/** The one place, or a clear error when it does not exist or is outside the caller's scope. */
export async function placeOrFail(
  directory: OrgDirectory,
  ctx: CallerContext,
  id: string,
  field = 'hallId',
): Promise<OrgPlace> {
  const [place] = await directory.places(ctx, [id]);
  if (!place) throw inspectionErrors.hallNotInScope({}, field);
  return place;
}

/** The city the caller belongs to; null for an account above any city (a province's administrator). */
export async function homeCityOf(
  directory: OrgDirectory,
  ctx: CallerContext & { actor: { homeOrgNodeId: string } },
): Promise<{ id: string; name: string } | null> {
  const [home] = await directory.places(ctx, [ctx.actor.homeOrgNodeId]);
  return (home?.level === 'city' ? { id: home.id, name: home.name } : home?.city) ?? null;
}
