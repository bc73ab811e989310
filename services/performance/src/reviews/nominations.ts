// 提名与审批: peers and reports are proposed by the rated person or their superior, and the superior (or the
// review manager) approves. What each sees:
// - the rated person: the people they proposed themself, and nothing of what became of them;
// - the superior and the manager: every nomination and its decision, a submitted form reading as approved.
// Withdrawing an approved rater is refused once rating has started, answered or not, so the refusal says nothing.
import { can } from '@duda/authz';
import {
  cycleStatusTerms,
  reviewsErrors,
  type NominationStatus,
  type reviewInputs,
} from '@duda/contract-performance';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { candidatesOf, cycleSummary, subjectFor, type Ctx } from './access.ts';
import { nominationsOpen } from './domain/cycle-rules.ts';
import { initialStatus, isCandidate, mayApprove, mayPropose, type Standing } from './domain/nominations.ts';

type Inputs = typeof reviewInputs.nominations;

const shownStatus = (status: string): NominationStatus =>
  status === 'SUBMITTED' ? 'APPROVED' : (status as NominationStatus);

export async function listNominations(deps: PerformanceDeps, ctx: Ctx, subjectId: string) {
  const { subject, cycle, standing } = await subjectFor(deps, ctx, subjectId);
  const raters = await deps.prisma.reviewRater.findMany({
    where: { subjectId, ...(standing === 'SUBJECT' ? { proposedBySubject: true } : {}) },
    orderBy: [{ staffNo: 'asc' }, { id: 'asc' }],
  });
  return {
    subject: {
      id: subject.id,
      personName: subject.personName,
      staffNo: subject.staffNo,
      hallName: subject.hallName,
    },
    cycle: cycleSummary(cycle),
    standing,
    candidates: candidatesOf(subject).filter((c) => c.perspective !== 'SUPERIOR'),
    nominations: raters.map((r) => ({
      personId: r.personId,
      name: r.personName,
      staffNo: r.staffNo,
      orgName: r.orgName,
      perspective: r.perspective,
      status: standing === 'SUBJECT' ? null : shownStatus(r.status),
    })),
  };
}

function assertNominating(ctx: Ctx, standing: Standing, hallId: string, personId: string) {
  const granted =
    standing === 'MANAGER' ||
    can(ctx.actor, 'performance.review.nominate', {
      orgNodeId: hallId,
      ...(standing === 'SUBJECT' ? { ownerPersonId: personId } : {}),
    });
  if (!mayPropose(standing) || !granted) throw reviewsErrors.nominateDenied();
}

export async function proposeNominations(deps: PerformanceDeps, ctx: Ctx, input: z.infer<Inputs['propose']>) {
  const { subject, cycle, standing } = await subjectFor(deps, ctx, input.subjectId);
  assertNominating(ctx, standing, subject.hallId, subject.personId);
  if (!nominationsOpen(cycle.status))
    throw reviewsErrors.wrongStatus({ status: cycleStatusTerms.term(cycle.status) });
  const candidates = candidatesOf(subject);
  if (input.personIds.some((id) => !isCandidate(candidates, id))) throw reviewsErrors.notACandidate();
  const status = initialStatus(standing);
  const bySubject = standing === 'SUBJECT';
  await deps.prisma.$transaction(async (tx) => {
    for (const personId of new Set(input.personIds)) {
      const c = candidates.find((one) => one.personId === personId)!;
      await tx.reviewRater.upsert({
        where: { subjectId_personId: { subjectId: subject.id, personId } },
        create: {
          subjectId: subject.id,
          personId,
          personName: c.name,
          staffNo: c.staffNo,
          orgName: c.orgName,
          perspective: c.perspective,
          status,
          proposedBySubject: bySubject,
        },
        update: bySubject ? { proposedBySubject: true } : {},
      });
      // The superior's own nomination approves an open proposal (never touches one already decided on by answering).
      if (!bySubject)
        await tx.reviewRater.updateMany({
          where: { subjectId: subject.id, personId, status: { in: ['PROPOSED', 'DECLINED'] } },
          data: { status: 'APPROVED' },
        });
    }
  });
  return { subjectId: subject.id };
}

export async function decideNomination(deps: PerformanceDeps, ctx: Ctx, input: z.infer<Inputs['decide']>) {
  const { subject, cycle, standing } = await subjectFor(deps, ctx, input.subjectId);
  const granted =
    standing === 'MANAGER' || can(ctx.actor, 'performance.review.nominate', { orgNodeId: subject.hallId });
  if (!mayApprove(standing) || !granted) throw reviewsErrors.approveDenied();
  if (!nominationsOpen(cycle.status))
    throw reviewsErrors.wrongStatus({ status: cycleStatusTerms.term(cycle.status) });
  const rater = await deps.prisma.reviewRater.findUnique({
    where: { subjectId_personId: { subjectId: subject.id, personId: input.personId } },
  });
  if (!rater || rater.perspective === 'SUPERIOR') throw reviewsErrors.notACandidate();
  const decided = rater.status === 'APPROVED' || rater.status === 'SUBMITTED';
  if (input.approve) {
    if (!decided)
      await deps.prisma.reviewRater.updateMany({
        where: { id: rater.id, status: { in: ['PROPOSED', 'DECLINED'] } },
        data: { status: 'APPROVED' },
      });
  } else {
    if (decided && cycle.status !== 'DRAFT') throw reviewsErrors.approvedFinal();
    await deps.prisma.reviewRater.updateMany({
      where: { id: rater.id, status: { not: 'SUBMITTED' } },
      data: { status: 'DECLINED', draft: Prisma.DbNull },
    });
  }
  return { subjectId: subject.id };
}
