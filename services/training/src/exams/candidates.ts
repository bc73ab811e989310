// Who sits an exam (考生), resolved through the org service's API on behalf of the publishing trainer, so only
// people in their scope are found: everyone under the target org nodes holding one of the target roles, plus the
// named people. Each is copied with their org node (their hall) and its ancestors, so scope filters and roll-ups
// never call the org service again.
import type { Role } from '@duda/authz';
import type { ExamTarget } from '@duda/contract-training';
import type { CallerContext, ServiceClient } from '@duda/service-kit';
import { orgPlaces } from '../ports/org-directory.ts';

interface PersonSummary {
  id: string;
  staffNo: string;
  name: string;
  status: 'active' | 'on_leave' | 'left';
  orgNodeId: string;
  orgName: string;
}

export interface ResolvedCandidate {
  personId: string;
  personName: string;
  staffNo: string;
  orgNodeId: string;
  orgName: string;
  orgPath: string[];
}

const PAGE_SIZE = 200;
/** The org service's limits on one call. */
const BY_IDS_LIMIT = 500;
const NODES_LIMIT = 1000;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

async function peopleUnder(
  org: ServiceClient,
  ctx: CallerContext,
  orgNodeId: string,
  role: Role | null,
): Promise<PersonSummary[]> {
  const found: PersonSummary[] = [];
  for (let page = 1; ; page++) {
    const result = await org.query<{ items: PersonSummary[]; total: number }>(ctx, 'people.list', {
      orgNodeId,
      role,
      page,
      pageSize: PAGE_SIZE,
    });
    found.push(...result.items);
    if (result.items.length < PAGE_SIZE || found.length >= result.total) return found;
  }
}

/**
 * The candidates of a target; roles alone mean those roles under `heldFor` (the org node the exam is held for).
 * People who have left are not candidates.
 */
export async function resolveCandidates(
  org: ServiceClient,
  ctx: CallerContext,
  target: ExamTarget,
  heldFor: string,
): Promise<ResolvedCandidate[]> {
  const nodes = target.orgNodeIds.length ? target.orgNodeIds : target.roles.length ? [heldFor] : [];
  const roles: (Role | null)[] = target.roles.length ? target.roles : [null];
  const people = new Map<string, PersonSummary>();
  for (const node of nodes)
    for (const role of roles) for (const p of await peopleUnder(org, ctx, node, role)) people.set(p.id, p);
  for (const ids of chunks(target.personIds, BY_IDS_LIMIT))
    for (const p of await org.query<PersonSummary[]>(ctx, 'people.byIds', { ids })) people.set(p.id, p);

  const present = [...people.values()].filter((p) => p.status !== 'left');
  const placeIds = [...new Set(present.map((p) => p.orgNodeId))];
  const places = new Map(
    (await Promise.all(chunks(placeIds, NODES_LIMIT).map((ids) => orgPlaces(org, ctx, ids))))
      .flat()
      .map((place) => [place.id, place]),
  );
  return present
    .map((p) => {
      const place = places.get(p.orgNodeId);
      const path = [p.orgNodeId, place?.district?.id, place?.city?.id].filter((id): id is string => !!id);
      return {
        personId: p.id,
        personName: p.name,
        staffNo: p.staffNo,
        orgNodeId: p.orgNodeId,
        orgName: p.orgName,
        orgPath: [...new Set(path)],
      };
    })
    .sort((a, b) => a.staffNo.localeCompare(b.staffNo));
}
