// Articles (知识库文章): the list with search and filters, one article for reading or editing, and the trainer's
// create / update / publish. Search is ILIKE over the title and the plain text kept beside the document: Chinese
// has no spaces for a word splitter, and a substring match over a city's few thousand articles is quick and exact.
import type { ArticleDocument, ArticleStatus } from '@duda/contract-training';
import { articleFileUrl, knowledgeErrors } from '@duda/contract-training';
import { skipTake, type PageInput } from '@duda/service-kit';
import { database } from '../database.ts';
import type { TrainingDeps } from '../deps.ts';
import { checkArticleDocument } from '../domain/article-document.ts';
import { buildKnowledgeTree, knowledgePaths, subtreeIds } from '../domain/bank-knowledge-tree.ts';
import { readingState } from '../domain/required-reading.ts';
import { Prisma } from '../generated/prisma/client.ts';
import {
  articleOrFail,
  managerOf,
  readerOf,
  visibleArticles,
  type KnowledgeCtx,
  type KnowledgeReader,
} from './access.ts';

const table = (name: string) => Prisma.raw(`"${database.schema}"."${name}"`);
const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const EXCERPT_LENGTH = 120;

const cityPoints = (deps: TrainingDeps, cityId: string) =>
  deps.prisma.knowledgePoint.findMany({
    where: { cityId },
    select: { id: true, parentId: true, name: true, sortOrder: true },
  });

/** A knowledge base category: a knowledge point with its visible articles, counted with those below it. */
export type Category = { id: string; name: string; path: string; articleCount: number; children: Category[] };

/** The bank's knowledge-point tree as the knowledge base's categories, each with its visible article count. */
export async function categories(deps: TrainingDeps, ctx: KnowledgeCtx) {
  const reader = await readerOf(deps, ctx);
  const [points, counts] = await Promise.all([
    cityPoints(deps, reader.cityId),
    deps.prisma.article.groupBy({
      by: ['knowledgePointId'],
      where: visibleArticles(reader),
      _count: { _all: true },
    }),
  ]);
  const direct = new Map(counts.map((c) => [c.knowledgePointId, c._count._all]));
  const withCounts = (tree: ReturnType<typeof buildKnowledgeTree>): Category[] =>
    tree.map((node) => {
      const children = withCounts(node.children);
      const below = children.reduce((sum, c) => sum + c.articleCount, 0);
      return {
        id: node.id,
        name: node.name,
        path: node.path,
        articleCount: (direct.get(node.id) ?? 0) + below,
        children,
      };
    });
  const tree = withCounts(buildKnowledgeTree(points));
  // Staff see the categories that hold something to read; the trainer sees the whole tree to file articles in.
  const prune = (nodes: Category[]): Category[] =>
    nodes.filter((n) => n.articleCount > 0).map((n) => ({ ...n, children: prune(n.children) }));
  return reader.manages ? tree : prune(tree);
}

async function textMatches(deps: TrainingDeps, cityId: string, words: string): Promise<string[]> {
  const pattern = likePattern(words);
  const rows = await deps.prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM ${table('Article')}
    WHERE "cityId" = ${cityId}::uuid AND (title ILIKE ${pattern} OR "plainText" ILIKE ${pattern})`;
  return rows.map((r) => r.id);
}

export async function listArticles(
  deps: TrainingDeps,
  ctx: KnowledgeCtx,
  filter: PageInput & {
    q?: string | null;
    knowledgePointId?: string | null;
    tag?: string | null;
    status?: ArticleStatus | null;
  },
) {
  const reader = await readerOf(deps, ctx);
  const points = await cityPoints(deps, reader.cityId);
  const where: Prisma.ArticleWhereInput = { ...visibleArticles(reader) };
  const and: Prisma.ArticleWhereInput[] = [];
  if (filter.q) and.push({ id: { in: await textMatches(deps, reader.cityId, filter.q) } });
  if (filter.knowledgePointId)
    and.push({ knowledgePointId: { in: subtreeIds(points, [filter.knowledgePointId]) } });
  if (filter.tag) and.push({ tags: { has: filter.tag } });
  if (filter.status && reader.manages) and.push({ status: filter.status });
  if (and.length) where.AND = and;
  const [rows, total] = await Promise.all([
    deps.prisma.article.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      ...skipTake(filter),
      select: {
        id: true,
        title: true,
        plainText: true,
        tags: true,
        status: true,
        knowledgePointId: true,
        authorName: true,
        updatedAt: true,
        _count: { select: { required: true } },
      },
    }),
    deps.prisma.article.count({ where }),
  ]);
  const paths = knowledgePaths(points);
  return {
    items: rows.map(({ plainText, _count, ...row }) => ({
      ...row,
      knowledgePointPath: paths.get(row.knowledgePointId) ?? null,
      excerpt: plainText.slice(0, EXCERPT_LENGTH),
      required: _count.required > 0,
    })),
    total,
    page: filter.page,
    pageSize: filter.pageSize,
    /** Tags in use, for the filter. */
    tags: await cityTags(deps, reader),
    canManage: reader.manages,
  };
}

/** The tags of the articles the reader may see (a draft's tags stay with the trainer). */
async function cityTags(deps: TrainingDeps, reader: KnowledgeReader): Promise<string[]> {
  const statuses = reader.manages ? ['DRAFT', 'PUBLISHED'] : ['PUBLISHED'];
  const rows = await deps.prisma.$queryRaw<{ tag: string }[]>`
    SELECT DISTINCT unnest(tags) AS tag FROM ${table('Article')}
    WHERE "cityId" = ${reader.cityId}::uuid AND status::text = ANY(${statuses})
    ORDER BY tag LIMIT 200`;
  return rows.map((r) => r.tag);
}

/** One article: its document, files and — for the reader — their reading and deadline; for the trainer its 必读. */
export async function getArticle(deps: TrainingDeps, ctx: KnowledgeCtx, id: string) {
  const reader = await readerOf(deps, ctx);
  const article = await articleOrFail(deps, reader, id);
  const me = ctx.actor.personId;
  const [files, read, mine, requirements, points] = await Promise.all([
    deps.prisma.articleFile.findMany({ where: { articleId: id }, orderBy: { createdAt: 'asc' } }),
    deps.prisma.articleRead.findUnique({ where: { articleId_personId: { articleId: id, personId: me } } }),
    deps.prisma.requiredReader.findMany({
      where: { personId: me, requiredReading: { articleId: id } },
      select: { requiredReading: { select: { deadline: true } } },
    }),
    reader.manages ? requirementSummaries(deps, id) : Promise.resolve([]),
    cityPoints(deps, reader.cityId),
  ]);
  const deadlines = mine.map((m) => m.requiredReading.deadline.getTime()).sort((a, b) => a - b);
  return {
    id: article.id,
    title: article.title,
    content: article.content as unknown as ArticleDocument,
    tags: article.tags,
    status: article.status,
    knowledgePointId: article.knowledgePointId,
    knowledgePointPath: knowledgePaths(points).get(article.knowledgePointId) ?? null,
    authorName: article.authorName,
    updatedAt: article.updatedAt,
    updatedByName: article.updatedByName,
    publishedAt: article.publishedAt,
    files: files.map((f) => ({
      id: f.id,
      kind: f.kind as 'IMAGE' | 'ATTACHMENT',
      name: f.name,
      size: f.size,
      contentType: f.contentType,
      url: articleFileUrl(f.id),
    })),
    myReading: {
      state: readingState(read),
      openedAt: read?.openedAt ?? null,
      finishedAt: read?.finishedAt ?? null,
      /** The earliest deadline by which the caller must read it (必读), if any. */
      deadline: deadlines.length ? new Date(deadlines[0]!) : null,
    },
    requirements,
    canManage: reader.manages,
  };
}

async function requirementSummaries(deps: TrainingDeps, articleId: string) {
  const rows = await deps.prisma.requiredReading.findMany({
    where: { articleId },
    orderBy: { deadline: 'desc' },
    include: { readers: { select: { personId: true } } },
  });
  const finishedBy = await deps.prisma.articleRead.findMany({
    where: { articleId, finishedAt: { not: null } },
    select: { personId: true, finishedAt: true },
  });
  const finished = new Map(finishedBy.map((r) => [r.personId, r.finishedAt!]));
  return rows.map((r) => ({
    id: r.id,
    deadline: r.deadline,
    month: r.month,
    target: r.target as { orgNodeIds: string[]; roles: string[] },
    assignedByName: r.assignedByName,
    readerCount: r.readers.length,
    finishedCount: r.readers.filter((p) => {
      const at = finished.get(p.personId);
      return at !== undefined && at <= r.deadline;
    }).length,
  }));
}

interface ArticleFields {
  title: string;
  knowledgePointId: string;
  tags: string[];
  content: ArticleDocument;
}

async function checkedFields(
  deps: TrainingDeps,
  cityId: string,
  fields: ArticleFields,
  articleId: string | null,
) {
  const point = await deps.prisma.knowledgePoint.count({ where: { id: fields.knowledgePointId, cityId } });
  if (!point) throw knowledgeErrors.knowledgePointNotFound({}, 'knowledgePointId');
  const checked = checkArticleDocument(fields.content);
  if (!checked.ok)
    throw checked.reason === 'link'
      ? knowledgeErrors.linkUnsafe({}, 'content')
      : checked.reason === 'image'
        ? knowledgeErrors.imageUnknown({}, 'content')
        : knowledgeErrors.contentInvalid({}, 'content');
  if (checked.imageFileIds.length) {
    const own = articleId
      ? await deps.prisma.articleFile.count({
          where: { id: { in: checked.imageFileIds }, articleId, kind: 'IMAGE' },
        })
      : 0;
    if (own !== checked.imageFileIds.length) throw knowledgeErrors.imageUnknown({}, 'content');
  }
  return {
    title: fields.title,
    knowledgePointId: fields.knowledgePointId,
    tags: [...new Set(fields.tags)],
    content: checked.content as Prisma.InputJsonValue,
    plainText: checked.plainText,
  };
}

/** A new draft; images come after it is saved once (they are uploaded to an article). */
export async function createArticle(deps: TrainingDeps, ctx: KnowledgeCtx, input: ArticleFields) {
  const { cityId } = await managerOf(deps, ctx);
  const data = await checkedFields(deps, cityId, input, null);
  const who = { id: ctx.actor.personId, name: ctx.actor.name };
  const created = await deps.prisma.article.create({
    data: {
      ...data,
      cityId,
      authorId: who.id,
      authorName: who.name,
      updatedById: who.id,
      updatedByName: who.name,
    },
    select: { id: true },
  });
  return created;
}

export async function updateArticle(
  deps: TrainingDeps,
  ctx: KnowledgeCtx,
  input: ArticleFields & { id: string },
) {
  const reader = await managerOf(deps, ctx);
  await articleOrFail(deps, reader, input.id);
  const data = await checkedFields(deps, reader.cityId, input, input.id);
  await deps.prisma.article.update({
    where: { id: input.id },
    data: { ...data, updatedById: ctx.actor.personId, updatedByName: ctx.actor.name, updatedAt: deps.now() },
  });
  return { id: input.id };
}

export async function setArticleStatus(
  deps: TrainingDeps,
  ctx: KnowledgeCtx,
  input: { id: string; status: ArticleStatus },
) {
  const reader = await managerOf(deps, ctx);
  const article = await articleOrFail(deps, reader, input.id);
  if (article.status === input.status) return { id: article.id, status: article.status };
  return deps.prisma.$transaction(async (tx) => {
    if (input.status === 'DRAFT' && (await tx.requiredReading.count({ where: { articleId: article.id } })))
      throw knowledgeErrors.requiredCannotUnpublish();
    const now = deps.now();
    const updated = await tx.article.update({
      where: { id: article.id },
      data: {
        status: input.status,
        publishedAt: input.status === 'PUBLISHED' ? (article.publishedAt ?? now) : article.publishedAt,
        updatedById: ctx.actor.personId,
        updatedByName: ctx.actor.name,
        updatedAt: now,
      },
      select: { id: true, status: true },
    });
    return updated;
  });
}
