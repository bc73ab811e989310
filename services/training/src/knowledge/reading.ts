// Reading recorded (阅读记录): the reading page reports the article opened, and read to the end when its last block
// comes into view; each is stored once per person and article (the first time counts). 我的必读 lists the caller's
// required items with their deadlines and reading state.
import type { TrainingDeps } from '../deps.ts';
import { readingState, requirementOutcome } from '../domain/required-reading.ts';
import { articleOrFail, readerOf, type KnowledgeCtx } from './access.ts';

export async function recordOpen(deps: TrainingDeps, ctx: KnowledgeCtx, articleId: string) {
  const reader = await readerOf(deps, ctx);
  const article = await articleOrFail(deps, reader, articleId);
  await deps.prisma.articleRead.createMany({
    data: [{ articleId: article.id, personId: ctx.actor.personId, openedAt: deps.now() }],
    skipDuplicates: true,
  });
  return readingOf(deps, article.id, ctx.actor.personId);
}

export async function recordFinish(deps: TrainingDeps, ctx: KnowledgeCtx, articleId: string) {
  const reader = await readerOf(deps, ctx);
  const article = await articleOrFail(deps, reader, articleId);
  const now = deps.now();
  const key = { articleId: article.id, personId: ctx.actor.personId };
  await deps.prisma.$transaction([
    deps.prisma.articleRead.createMany({ data: [{ ...key, openedAt: now }], skipDuplicates: true }),
    deps.prisma.articleRead.updateMany({ where: { ...key, finishedAt: null }, data: { finishedAt: now } }),
  ]);
  return readingOf(deps, article.id, ctx.actor.personId);
}

async function readingOf(deps: TrainingDeps, articleId: string, personId: string) {
  const read = await deps.prisma.articleRead.findUnique({
    where: { articleId_personId: { articleId, personId } },
  });
  return {
    state: readingState(read),
    openedAt: read?.openedAt ?? null,
    finishedAt: read?.finishedAt ?? null,
  };
}

/** 我的必读: the caller's required items, soonest deadline first among those still to read. */
export async function myRequiredReading(
  deps: TrainingDeps,
  ctx: KnowledgeCtx,
  input: { unfinishedOnly: boolean },
) {
  await readerOf(deps, ctx);
  const me = ctx.actor.personId;
  const rows = await deps.prisma.requiredReader.findMany({
    where: { personId: me },
    select: {
      requiredReading: {
        select: {
          id: true,
          deadline: true,
          month: true,
          article: {
            select: { id: true, title: true, plainText: true, reads: { where: { personId: me } } },
          },
        },
      },
    },
  });
  const now = deps.now();
  const items = rows.map(({ requiredReading: r }) => {
    const read = r.article.reads[0] ?? null;
    return {
      requiredReadingId: r.id,
      articleId: r.article.id,
      title: r.article.title,
      excerpt: r.article.plainText.slice(0, 80),
      deadline: r.deadline,
      month: r.month,
      state: readingState(read),
      openedAt: read?.openedAt ?? null,
      finishedAt: read?.finishedAt ?? null,
      outcome: requirementOutcome(r.deadline, read?.finishedAt ?? null, now),
    };
  });
  const order = { PENDING: 0, UNREAD: 1, FINISHED: 2 } as const;
  return items
    .filter((item) => !input.unfinishedOnly || item.state !== 'FINISHED')
    .sort((a, b) => order[a.outcome] - order[b.outcome] || a.deadline.getTime() - b.deadline.getTime());
}
