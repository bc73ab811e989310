// The bank's list (题库列表): the filters of the list page and of the export, one page at a time.
import type { BankFilter } from '@duda/contract-training';
import { skipTake, type Page, type PageInput } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import type { BankItemFigures } from '../domain/bank-item-statistics.ts';
import { subtreeIds } from '../domain/bank-knowledge-tree.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { bankCityOf, type BankCtx } from './access.ts';
import { questionFigures } from './question-statistics.ts';
import { cityPaths } from './questions.ts';
import { toSummary, type QuestionSummary } from './question-rows.ts';
import { table } from './raw-sql.ts';

const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Questions whose current version's stem holds the words (old versions' wording does not count). */
async function stemMatches(deps: TrainingDeps, cityId: string, words: string): Promise<string[]> {
  const rows = await deps.prisma.$queryRaw<{ id: string }[]>`
    SELECT q.id FROM ${table('Question')} q
    JOIN ${table('QuestionVersion')} v ON v."questionId" = q.id AND v.version = q."currentVersion"
    WHERE q."cityId" = ${cityId}::uuid AND v.stem ILIKE ${likePattern(words)}`;
  return rows.map((r) => r.id);
}

/** The Prisma filter for the bank filter, in the caller's city. */
export async function bankWhere(
  deps: TrainingDeps,
  cityId: string,
  filter: BankFilter,
): Promise<Prisma.QuestionWhereInput> {
  const where: Prisma.QuestionWhereInput = {
    cityId,
    retiredAt: filter.retired ? { not: null } : null,
  };
  if (filter.type) where.type = filter.type;
  if (filter.difficulty) where.difficulty = filter.difficulty;
  if (filter.businessLine) where.businessLine = filter.businessLine;
  if (filter.tag) where.tags = { has: filter.tag };
  if (filter.knowledgePointId) {
    const nodes = await deps.prisma.knowledgePoint.findMany({ where: { cityId } });
    where.knowledgePointId = { in: subtreeIds(nodes, [filter.knowledgePointId]) };
  }
  if (filter.search) where.id = { in: await stemMatches(deps, cityId, filter.search) };
  return where;
}

export async function listQuestions(
  deps: TrainingDeps,
  ctx: BankCtx,
  input: BankFilter & PageInput,
): Promise<Page<QuestionSummary & BankItemFigures>> {
  const cityId = await bankCityOf(deps, ctx);
  const where = await bankWhere(deps, cityId, input);
  const [total, rows, paths] = await Promise.all([
    deps.prisma.question.count({ where }),
    deps.prisma.question.findMany({
      where,
      include: { versions: true },
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      ...skipTake(input),
    }),
    cityPaths(deps, cityId),
  ]);
  const figures = await questionFigures(
    deps,
    rows.map((q) => q.id),
  );
  const none = { answered: 0, facility: null, discrimination: null, flags: [] };
  const items = rows.map((q) => ({ ...toSummary(q, paths), ...(figures.get(q.id) ?? none) }));
  return { items, total, page: input.page, pageSize: input.pageSize };
}
