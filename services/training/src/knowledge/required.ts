// Required reading (必读): the trainer assigns a published article to roles and/or org nodes (with everything
// below) with a deadline; the people are resolved once, through the org service on the trainer's behalf (as exam
// candidates are), and kept with their hall and its ancestors. Who has not read it, by hall, is the trainer's view;
// the monthly count of unread items per person is read by performance and HR in their scope.
import { can, scopeOf, type Role } from '@duda/authz';
import { knowledgeErrors, type ReadingState } from '@duda/contract-training';
import { chinaDateOf, monthOf } from '@duda/month';
import type { PageInput } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { readingState, requirementOutcome, tallyByPerson } from '../domain/required-reading.ts';
import { resolveCandidates } from '../exams/candidates.ts';
import { articleOrFail, managerOf, type KnowledgeCtx } from './access.ts';

export async function assignRequired(
  deps: TrainingDeps,
  ctx: KnowledgeCtx,
  input: { articleId: string; orgNodeIds: string[]; roles: Role[]; deadline: Date },
) {
  const reader = await managerOf(deps, ctx);
  const article = await articleOrFail(deps, reader, input.articleId);
  if (article.status !== 'PUBLISHED') throw knowledgeErrors.notPublished({}, 'articleId');
  if (input.deadline <= deps.now()) throw knowledgeErrors.deadlinePast({}, 'deadline');
  if (!input.orgNodeIds.length && !input.roles.length) throw knowledgeErrors.targetEmpty({}, 'orgNodeIds');
  const orgNodeIds = [...new Set(input.orgNodeIds)];
  if (orgNodeIds.some((orgNodeId) => !can(ctx.actor, 'training.knowledge.manage', { orgNodeId })))
    throw knowledgeErrors.scopeDenied({}, 'orgNodeIds');
  const target = { orgNodeIds, roles: [...new Set(input.roles)] };
  const people = await resolveCandidates(deps.org, ctx, { ...target, personIds: [] }, reader.cityId);
  if (!people.length) throw knowledgeErrors.noReaders({}, 'orgNodeIds');
  return deps.prisma.$transaction(async (tx) => {
    const created = await tx.requiredReading.create({
      data: {
        articleId: article.id,
        cityId: reader.cityId,
        target,
        deadline: input.deadline,
        month: monthOf(chinaDateOf(input.deadline)),
        assignedById: ctx.actor.personId,
        assignedByName: ctx.actor.name,
      },
      select: { id: true, month: true },
    });
    await tx.requiredReader.createMany({
      data: people.map((p) => ({ requiredReadingId: created.id, ...p })),
    });
    return { id: created.id, month: created.month, readerCount: people.length };
  });
}

/** The trainer's view of one assignment: each reader with their state, filtered, and the tally by hall. */
export async function requiredReaders(
  deps: TrainingDeps,
  ctx: KnowledgeCtx,
  input: PageInput & { requiredReadingId: string; hallId?: string | null; state?: ReadingState | null },
) {
  const reader = await managerOf(deps, ctx);
  const requirement = await deps.prisma.requiredReading.findFirst({
    where: { id: input.requiredReadingId, cityId: reader.cityId },
    include: { article: { select: { id: true, title: true } } },
  });
  if (!requirement) throw knowledgeErrors.requiredNotFound();
  const [readers, reads] = await Promise.all([
    deps.prisma.requiredReader.findMany({
      where: { requiredReadingId: requirement.id },
      orderBy: [{ orgName: 'asc' }, { staffNo: 'asc' }],
    }),
    deps.prisma.articleRead.findMany({ where: { articleId: requirement.articleId } }),
  ]);
  const readBy = new Map(reads.map((r) => [r.personId, r]));
  const now = deps.now();
  const rows = readers.map((p) => {
    const read = readBy.get(p.personId) ?? null;
    return {
      personId: p.personId,
      personName: p.personName,
      staffNo: p.staffNo,
      hallId: p.orgNodeId,
      hallName: p.orgName,
      state: readingState(read),
      openedAt: read?.openedAt ?? null,
      finishedAt: read?.finishedAt ?? null,
      outcome: requirementOutcome(requirement.deadline, read?.finishedAt ?? null, now),
    };
  });
  const halls = new Map<string, { hallId: string; hallName: string; total: number; finished: number }>();
  for (const row of rows) {
    const hall = halls.get(row.hallId) ?? {
      hallId: row.hallId,
      hallName: row.hallName,
      total: 0,
      finished: 0,
    };
    hall.total += 1;
    if (row.outcome === 'FINISHED') hall.finished += 1;
    halls.set(row.hallId, hall);
  }
  const filtered = rows.filter(
    (r) => (!input.hallId || r.hallId === input.hallId) && (!input.state || r.state === input.state),
  );
  const start = (input.page - 1) * input.pageSize;
  return {
    articleId: requirement.article.id,
    title: requirement.article.title,
    deadline: requirement.deadline,
    items: filtered.slice(start, start + input.pageSize),
    total: filtered.length,
    page: input.page,
    pageSize: input.pageSize,
    /** Halls with their readers and how many read it by the deadline, fewest read first. */
    halls: [...halls.values()].sort((a, b) => a.finished / a.total - b.finished / b.total),
  };
}

/**
 * 未读必读 per person for a month, in the caller's scope (training.read — supervisors, hall managers, leaders, HR —
 * or the trainer's), optionally under one org node: for performance and HR.
 */
export async function unreadCounts(
  deps: TrainingDeps,
  ctx: KnowledgeCtx,
  input: { month: string; orgNodeId?: string | null },
) {
  const scope = [
    ...new Set([
      ...scopeOf(ctx.actor, 'training.read').orgNodeIds,
      ...scopeOf(ctx.actor, 'training.knowledge.manage').orgNodeIds,
    ]),
  ];
  if (!scope.length) throw knowledgeErrors.readDenied();
  if (input.orgNodeId && !scope.includes(input.orgNodeId)) throw knowledgeErrors.scopeDenied({}, 'orgNodeId');
  const readers = await deps.prisma.requiredReader.findMany({
    where: {
      orgNodeId: { in: scope },
      ...(input.orgNodeId ? { orgPath: { has: input.orgNodeId } } : {}),
      requiredReading: { month: input.month },
    },
    select: {
      personId: true,
      personName: true,
      staffNo: true,
      orgNodeId: true,
      orgName: true,
      requiredReading: { select: { articleId: true, deadline: true } },
    },
  });
  return { month: input.month, people: await tallied(deps.prisma, readers, deps.now()) };
}

interface ReaderRow {
  personId: string;
  personName: string;
  staffNo: string;
  orgNodeId: string;
  orgName: string;
  orgPath?: string[];
  requiredReading: { articleId: string; deadline: Date };
}

/** Each person once, with their tally over the given reader rows. */
export async function tallied(
  db: Pick<Prisma.TransactionClient, 'articleRead'>,
  readers: readonly ReaderRow[],
  now: Date,
) {
  const reads = await db.articleRead.findMany({
    where: {
      personId: { in: [...new Set(readers.map((r) => r.personId))] },
      articleId: { in: [...new Set(readers.map((r) => r.requiredReading.articleId))] },
      finishedAt: { not: null },
    },
    select: { articleId: true, personId: true, finishedAt: true },
  });
  const finished = new Map(reads.map((r) => [`${r.articleId}:${r.personId}`, r.finishedAt]));
  const tallies = tallyByPerson(
    readers.map((r) => ({
      personId: r.personId,
      deadline: r.requiredReading.deadline,
      finishedAt: finished.get(`${r.requiredReading.articleId}:${r.personId}`) ?? null,
    })),
    now,
  );
  const people = new Map(readers.map((r) => [r.personId, r]));
  return [...people.values()]
    .map((p) => ({
      personId: p.personId,
      personName: p.personName,
      staffNo: p.staffNo,
      orgNodeId: p.orgNodeId,
      orgName: p.orgName,
      ...(p.orgPath ? { orgPath: p.orgPath } : {}),
      ...tallies.get(p.personId)!,
    }))
    .sort((a, b) => b.unread - a.unread || a.staffNo.localeCompare(b.staffNo));
}
