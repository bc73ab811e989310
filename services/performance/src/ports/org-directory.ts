// Org data through the org service's public API (never its tables), on behalf of the caller, so the org service's
// own scope rules apply: a place or person the caller may not see comes back as missing.
import type { Actor, OrgLevel, Role } from '@duda/authz';
import { libraryErrors } from '@duda/contract-performance';
import type { CallerContext, ServiceClient } from '@duda/service-kit';

export type Ctx = CallerContext & { actor: Actor };

/** A node as the org service answers `org.nodes`: names and where it sits. */
export interface OrgPlace {
  id: string;
  name: string;
  level: OrgLevel;
  district: { id: string; name: string } | null;
  city: { id: string; name: string } | null;
}

export interface OrgPerson {
  id: string;
  staffNo: string;
  name: string;
  orgNodeId: string;
  orgName: string;
  status: string;
  roles: Role[];
}

export const orgPlaces = (org: ServiceClient, ctx: CallerContext, ids: string[]): Promise<OrgPlace[]> =>
  ids.length ? org.query<OrgPlace[]>(ctx, 'nodes', { ids: [...new Set(ids)] }) : Promise.resolve([]);

/** The city the caller works in: KPIs, schemes and months are the city's. */
export async function cityOf(org: ServiceClient, ctx: Ctx): Promise<{ id: string; name: string }> {
  const [home] = await orgPlaces(org, ctx, [ctx.actor.homeOrgNodeId]);
  const city = home?.level === 'city' ? { id: home.id, name: home.name } : (home?.city ?? null);
  if (!city) throw libraryErrors.noCity();
  return city;
}

export async function peopleByIds(org: ServiceClient, ctx: CallerContext, ids: string[]) {
  return ids.length
    ? org.query<Omit<OrgPerson, 'roles'>[]>(ctx, 'people.byIds', { ids: [...new Set(ids)] })
    : [];
}

const PAGE = 200;

/** Everyone below a node holding a role and still employed, page after page (the org service caps a page at 200). */
export async function peopleWithRole(org: ServiceClient, ctx: CallerContext, orgNodeId: string, role: Role) {
  const people: OrgPerson[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await org.query<{ items: OrgPerson[]; total: number }>(ctx, 'people.list', {
      orgNodeId,
      role,
      page,
      pageSize: PAGE,
    });
    // Those on leave are scored too (their month may be partial); those who left are not.
    people.push(...answer.items.filter((person) => person.status !== 'left'));
    if (page * PAGE >= answer.total) return people;
  }
}

export interface OrgHall {
  id: string;
  name: string;
  districtId: string | null;
  districtName: string | null;
}

/** Every hall the caller reads (a city's, for its supervisor), page after page. */
export async function hallsInScope(org: ServiceClient, ctx: CallerContext) {
  const halls: OrgHall[] = [];
  for (let page = 1; ; page += 1) {
    const answer = await org.query<{ items: OrgHall[]; total: number }>(ctx, 'halls', {
      page,
      pageSize: PAGE,
    });
    halls.push(...answer.items);
    if (page * PAGE >= answer.total) return halls;
  }
}
