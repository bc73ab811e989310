// Whom the duties are for (DutyHolder): people holding a duty role, learnt from their own calls (the caller's
// roles) and, each night before the tasks are made, from the org service (`org.people.holders` of every city the
// portal keeps duties for), so someone who never opens the portal has their tasks too. The portal never reads
// the org service's tables; the generation job works from what was learnt here.
import type { Actor, ScopedRole } from '@duda/authz';
import { DUTY_ROLES, type DutyRole } from '@duda/contract-portal';
import { createLogger, type CallerContext } from '@duda/service-kit';
import type { PortalPrisma } from '../prisma.ts';
import type { Holder } from './domain/occurrences.ts';
import type { DutiesDeps, SignedIn } from './duties-deps.ts';

const isDutyRole = (role: string): role is DutyRole => (DUTY_ROLES as readonly string[]).includes(role);

interface NodeDetail {
  level: string;
  ancestors: { id: string; level: string }[];
}

/** The city an org node belongs to, asked of the org service as the caller (who may read their own node). */
export async function cityOf(
  deps: Pick<DutiesDeps, 'org'>,
  ctx: CallerContext,
  role: ScopedRole,
): Promise<string | null> {
  if (role.orgLevel === 'city') return role.orgNodeId;
  const node = await deps.org.query<NodeDetail>(ctx, 'node', { id: role.orgNodeId });
  return node.ancestors.find((a) => a.level === 'city')?.id ?? null;
}

export const asHolder = (row: {
  personId: string;
  personName: string;
  role: string;
  orgNodeId: string;
  orgName: string;
  cityId: string;
}): Holder => ({ ...row, role: row.role as DutyRole });

export async function enrol(prisma: PortalPrisma, holders: readonly Holder[], now: Date): Promise<void> {
  if (holders.length === 0) return;
  await prisma.dutyHolder.createMany({
    data: holders.map((h) => ({ ...h, seenAt: now })),
    skipDuplicates: true,
  });
}

/** The caller's duty roles as holders: known ones from the table, new ones enrolled (their city asked once). */
export async function callerHolders(deps: DutiesDeps, ctx: SignedIn): Promise<Holder[]> {
  const { actor } = ctx;
  const roles = actor.roles.filter((r) => isDutyRole(r.role));
  if (roles.length === 0) return [];
  const known = (await deps.prisma.dutyHolder.findMany({ where: { personId: actor.personId } })).map(
    asHolder,
  );
  const isKnown = (r: ScopedRole) => known.some((h) => h.role === r.role && h.orgNodeId === r.orgNodeId);
  const learnt: Holder[] = [];
  for (const role of roles.filter((r) => !isKnown(r))) {
    const cityId = await cityOf(deps, ctx, role);
    if (!cityId) continue;
    learnt.push({
      personId: actor.personId,
      personName: actor.name,
      role: role.role as DutyRole,
      orgNodeId: role.orgNodeId,
      orgName: role.orgNodeName,
      cityId,
    });
  }
  await enrol(deps.prisma, learnt, deps.now());
  return [
    ...known.filter((h) => roles.some((r) => r.role === h.role && r.orgNodeId === h.orgNodeId)),
    ...learnt,
  ];
}

/** The portal's own identity towards the org service (as for notifications, ADR 0019); no person has it. */
const PORTAL_READER_ID = '00000000-0000-4000-8000-00000000d0da';

/** The job has no caller: it asks as a reader of exactly one city's people, never more. */
function cityReader(cityId: string): CallerContext {
  const actor: Actor = {
    personId: PORTAL_READER_ID,
    name: '工作台必做',
    staffNo: 'portal',
    homeOrgNodeId: cityId,
    roles: [{ role: 'leader', orgNodeId: cityId, orgNodeName: '', orgLevel: 'city', subtree: [cityId] }],
  };
  return {
    requestId: `duty-holders:${cityId}`,
    actor,
    sessionId: null,
    passwordChangeRequired: false,
    ip: '127.0.0.1',
    userAgent: 'portal-duties',
    log: createLogger('portal', 'silent'),
  };
}

interface HoldersPage {
  items: {
    id: string;
    personId: string;
    personName: string;
    role: string;
    orgNodeId: string;
    orgName: string;
    cityId: string | null;
  }[];
  next: string | null;
}

const HOLDERS_PAGE = 2_000;

/**
 * Enrols every holder of a duty role in the cities the portal keeps duties for (those with templates or known
 * holders), asked of the org service city by city, a page at a time, and drops the city's holders the org
 * service no longer lists (their role ended, or they left): no more tasks are made for them. How many were new.
 */
export async function learnHolders(deps: Pick<DutiesDeps, 'prisma' | 'org' | 'now'>): Promise<number> {
  const [templated, held] = await Promise.all([
    deps.prisma.dutyTemplate.findMany({ distinct: ['cityId'], select: { cityId: true } }),
    deps.prisma.dutyHolder.findMany({ distinct: ['cityId'], select: { cityId: true } }),
  ]);
  let learnt = 0;
  for (const cityId of new Set([...templated, ...held].map((c) => c.cityId))) {
    const ctx = cityReader(cityId);
    const listed = new Set<string>();
    for (let after: string | null = null; ;) {
      const page: HoldersPage = await deps.org.query<HoldersPage>(ctx, 'people.holders', {
        roles: DUTY_ROLES,
        underNodeId: cityId,
        after,
        limit: HOLDERS_PAGE,
      });
      const data = page.items.flatMap(({ personId, personName, role, orgNodeId, orgName, cityId }) =>
        cityId ? [{ personId, personName, role, orgNodeId, orgName, cityId, seenAt: deps.now() }] : [],
      );
      for (const h of data) listed.add(holderKey(h));
      learnt += (await deps.prisma.dutyHolder.createMany({ data, skipDuplicates: true })).count;
      if (!page.next) break;
      after = page.next;
    }
    await dropUnlisted(deps.prisma, cityId, listed);
  }
  return learnt;
}

type HolderKey = { personId: string; role: string; orgNodeId: string };
const holderKey = (h: HolderKey) => `${h.personId}|${h.role}|${h.orgNodeId}`;

/** Removes the city's holders missing from a complete listing (only after every page came: a failure drops none). */
async function dropUnlisted(prisma: PortalPrisma, cityId: string, listed: ReadonlySet<string>) {
  const known = await prisma.dutyHolder.findMany({
    where: { cityId },
    select: { personId: true, role: true, orgNodeId: true },
  });
  const ended = known.filter((h) => !listed.has(holderKey(h)));
  if (ended.length > 0) await prisma.dutyHolder.deleteMany({ where: { OR: ended } });
}
