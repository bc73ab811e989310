// An article's images and attachments: uploaded by the trainer to an article (size and type checked from the bytes),
// removed while no longer wanted, and served to whoever may read that article — the route asks readArticleFile.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  articleFileUrl,
  knowledgeErrors,
  MAX_ARTICLE_FILE_MEGABYTES,
  type ArticleFileKind,
} from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { checkArticleDocument } from '../domain/article-document.ts';
import { detectArticleFile } from '../domain/article-file-type.ts';
import { articleOrFail, managerOf, readerOf, type KnowledgeCtx } from './access.ts';

const MAX_BYTES = MAX_ARTICLE_FILE_MEGABYTES * 1024 * 1024;

export async function uploadArticleFile(
  deps: TrainingDeps,
  ctx: KnowledgeCtx,
  input: { articleId: string; kind: ArticleFileKind; file: File },
) {
  const reader = await managerOf(deps, ctx);
  const article = await articleOrFail(deps, reader, input.articleId);
  if (input.file.size === 0) throw knowledgeErrors.fileEmpty({}, 'file');
  if (input.file.size > MAX_BYTES)
    throw knowledgeErrors.fileTooLarge({ megabytes: MAX_ARTICLE_FILE_MEGABYTES }, 'file');
  const bytes = Buffer.from(await input.file.arrayBuffer());
  const type = detectArticleFile(input.kind, bytes, input.file.name);
  if (!type)
    throw input.kind === 'IMAGE'
      ? knowledgeErrors.imageType({}, 'file')
      : knowledgeErrors.attachmentType({}, 'file');
  const id = randomUUID();
  const storageKey = `knowledge/${article.id}/${id}.${type.extension}`;
  await deps.files.put(storageKey, bytes);
  await deps.prisma.articleFile.create({
    data: {
      id,
      articleId: article.id,
      kind: input.kind,
      name: input.file.name,
      contentType: type.contentType,
      size: bytes.length,
      storageKey,
      uploadedById: ctx.actor.personId,
    },
  });
  return {
    id,
    kind: input.kind,
    name: input.file.name,
    size: bytes.length,
    contentType: type.contentType,
    url: articleFileUrl(id),
  };
}

/** Removes an attachment, or an image the text no longer shows. */
export async function removeArticleFile(deps: TrainingDeps, ctx: KnowledgeCtx, fileId: string) {
  const reader = await managerOf(deps, ctx);
  const file = await deps.prisma.articleFile.findFirst({
    where: { id: fileId, article: { cityId: reader.cityId } },
  });
  if (!file) throw knowledgeErrors.fileNotFound();
  const article = await articleOrFail(deps, reader, file.articleId);
  const checked = checkArticleDocument(article.content);
  if (checked.ok && checked.imageFileIds.includes(file.id)) throw knowledgeErrors.imageUnknown({}, 'id');
  await deps.prisma.articleFile.delete({ where: { id: file.id } });
  await deps.files.remove(file.storageKey);
  return { id: file.id };
}

/**
 * The stored file for the route, or null when it is gone or the viewer may not read its article (never telling
 * which, so a draft's files are not revealed).
 */
export async function readArticleFile(
  deps: TrainingDeps,
  ctx: KnowledgeCtx,
  fileId: string,
): Promise<{ stream: Readable; contentType: string; name: string; kind: string } | null> {
  const reader = await readerOf(deps, ctx).catch(() => null);
  if (!reader) return null;
  const file = await deps.prisma.articleFile.findUnique({ where: { id: fileId } });
  if (!file) return null;
  const article = await articleOrFail(deps, reader, file.articleId).catch(() => null);
  if (!article) return null;
  const stream = await deps.files.get(file.storageKey);
  return stream ? { stream, contentType: file.contentType, name: file.name, kind: file.kind } : null;
}
