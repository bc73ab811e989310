// Whom the duties are for (DutyHolder): people holding a duty role, learnt from their own calls (the caller's
// roles) and from their supervisors' (the org service's people in the supervisor's scope, asked as the
// supervisor). The portal never reads the org service's tables; the generation job has no caller, so it works
// from what was learnt here.
import type { ScopedRole } from '@duda/authz';
import { DUTY_ROLES, type DutyRole } from '@duda/contract-portal';
import type { CallerContext } from '@duda/service-kit';
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
