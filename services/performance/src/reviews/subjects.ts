// The hall managers under review in a cycle. Adding one reads from the org service (as the manager who adds
// them): their hall, its district's supervisors (the superiors, who rate without nomination), the city's other
// hall managers (peers) and the hall's staff (reports) — the people who may later be nominated.
import {
  cycleStatusTerms,
  reviewsErrors,
  type Perspective,
  type reviewInputs,
} from '@duda/contract-performance';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import {
  allowedAs,
  cycleSummary,
  managedCycle,
  standingFor,
  type Ctx,
  type StoredCandidate,
} from './access.ts';
import { isEditable } from './domain/cycle-rules.ts';

interface OrgPerson {
  id: string;
  staffNo: string;
  name: string;
  status: string;
  orgNodeId: string;
  orgName: string;
}
interface OrgNode {
  id: string;
  name: string;
  district: { id: string; name: string } | null;
}

/** Every page of `org.people.list` (a city's hall managers are more than one page). */
async function peopleUnder(deps: PerformanceDeps, ctx: Ctx, filter: { orgNodeId: string; role?: string }) {
  const people: OrgPerson[] = [];
  for (let page = 1; ; page++) {
    const answer = await deps.org.query<{ items: OrgPerson[]; total: number }>(ctx, 'people.list', {
      ...filter,
      page,
      pageSize: 200,
    });
    people.push(...answer.items);
    if (people.length >= answer.total || answer.items.length === 0) break;
  }
  return people.filter((p) => p.status !== 'left');
}

const candidate = (p: OrgPerson, perspective: Perspective): StoredCandidate => ({
  personId: p.id,
  name: p.name,
  staffNo: p.staffNo,
  orgName: p.orgName,
  perspective,
});

export async function addSubjects(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof reviewInputs.subjects.add>,
) {
  const cycle = await managedCycle(deps, ctx, input.cycleId);
  if (!isEditable(cycle.status))
    throw reviewsErrors.wrongStatus({ status: cycleStatusTerms.term(cycle.status) });
  const managers = await peopleUnder(deps, ctx, { orgNodeId: cycle.cityId, role: 'hall_manager' });
  const chosen = input.personIds.map((id) => managers.find((m) => m.id === id));
  if (chosen.some((m) => !m)) throw reviewsErrors.notAHallManager();
  const halls = await deps.org.query<OrgNode[]>(ctx, 'nodes', { ids: chosen.map((m) => m!.orgNodeId) });
  let added = 0;
  for (const manager of chosen as OrgPerson[]) {
    const hall = halls.find((h) => h.id === manager.orgNodeId);
    if (!hall?.district) throw reviewsErrors.notAHallManager();
    const superiors = (
      await peopleUnder(deps, ctx, { orgNodeId: hall.district.id, role: 'district_supervisor' })
    ).filter((p) => p.orgNodeId === hall.district!.id);
    const reports = (await peopleUnder(deps, ctx, { orgNodeId: hall.id })).filter((p) => p.id !== manager.id);
    const peers = managers.filter((m) => m.id !== manager.id);
    const created = await deps.prisma.reviewSubject.createManyAndReturn({
      data: [
        {
          cycleId: cycle.id,
          personId: manager.id,
          personName: manager.name,
          staffNo: manager.staffNo,
          hallId: hall.id,
          hallName: hall.name,
          superiorIds: superiors.map((s) => s.id),
          candidates: [
            ...superiors.map((p) => candidate(p, 'SUPERIOR')),
            ...peers.map((p) => candidate(p, 'PEER')),
            ...reports.map((p) => candidate(p, 'SUBORDINATE')),
          ] as object[],
        },
      ],
      skipDuplicates: true,
    });
    const [subject] = created;
    if (!subject) continue;
    added += 1;
    await deps.prisma.reviewRater.createMany({
      data: superiors.map((s) => ({
        subjectId: subject.id,
        personId: s.id,
        personName: s.name,
        staffNo: s.staffNo,
        orgName: s.orgName,
        perspective: 'SUPERIOR' as const,
        status: 'APPROVED' as const,
      })),
    });
  }
  return { added };
}

export async function removeSubject(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const subject = await deps.prisma.reviewSubject.findUnique({ where: { id }, select: { cycleId: true } });
  if (!subject) throw reviewsErrors.subjectNotFound();
  const cycle = await managedCycle(deps, ctx, subject.cycleId);
  if (!isEditable(cycle.status))
    throw reviewsErrors.wrongStatus({ status: cycleStatusTerms.term(cycle.status) });
  await deps.prisma.reviewSubject.delete({ where: { id } });
  return { id };
}

/** The caller's own reviews (as the rated person) and those of the people they are the superior of. */
export async function mySubjects(deps: PerformanceDeps, ctx: Ctx) {
  const me = ctx.actor.personId;
  const subjects = await deps.prisma.reviewSubject.findMany({
    where: { OR: [{ personId: me }, { superiorIds: { has: me } }] },
    include: { cycle: true },
    orderBy: [{ cycle: { dueAt: 'desc' } }, { staffNo: 'asc' }, { id: 'asc' }],
  });
  return subjects
    .map((s) => ({ s, standing: standingFor(ctx, s.cycle, s) }))
    .filter(
      ({ s, standing }) =>
        (standing === 'SUBJECT' || standing === 'SUPERIOR') && allowedAs(ctx.actor, standing, s),
    )
    .map(({ s, standing }) => ({
      id: s.id,
      standing: standing as 'SUBJECT' | 'SUPERIOR',
      personName: s.personName,
      staffNo: s.staffNo,
      hallName: s.hallName,
      cycle: cycleSummary(s.cycle),
    }));
}
