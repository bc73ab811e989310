// Who reads and who writes the knowledge base (知识库). Articles belong to a city: all its staff read the published
// ones; the city's trainer (training.knowledge.manage) writes them, sees drafts and assigns required reading.
import { can, canAnywhere, type Actor } from '@duda/authz';
import { knowledgeErrors } from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { homeCityOf } from '../ports/org-directory.ts';

export type KnowledgeCtx = CallerContext & { actor: Actor };

export interface KnowledgeReader {
  cityId: string;
  /** The trainer of this city: drafts, editing, required reading. */
  manages: boolean;
}

export async function readerOf(deps: TrainingDeps, ctx: KnowledgeCtx): Promise<KnowledgeReader> {
  const { actor } = ctx;
  if (!canAnywhere(actor, 'training.knowledge.read') && !canAnywhere(actor, 'training.knowledge.manage'))
    throw knowledgeErrors.readDenied();
  const city = await homeCityOf(deps.org, ctx);
  if (!city) throw knowledgeErrors.readDenied();
  return { cityId: city.id, manages: can(actor, 'training.knowledge.manage', { orgNodeId: city.id }) };
}

export async function managerOf(deps: TrainingDeps, ctx: KnowledgeCtx): Promise<KnowledgeReader> {
  const reader = await readerOf(deps, ctx);
  if (!reader.manages) throw knowledgeErrors.manageDenied();
  return reader;
}

/** The articles a reader may open: the city's published ones, and its drafts for the trainer. */
export const visibleArticles = (reader: KnowledgeReader): Prisma.ArticleWhereInput => ({
  cityId: reader.cityId,
  ...(reader.manages ? {} : { status: 'PUBLISHED' }),
});

/** A draft is as good as absent to a reader who may not see it. */
export async function articleOrFail(deps: TrainingDeps, reader: KnowledgeReader, id: string) {
  const article = await deps.prisma.article.findFirst({ where: { id, ...visibleArticles(reader) } });
  if (!article) throw knowledgeErrors.notFound();
  return article;
}
