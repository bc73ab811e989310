import { api, useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import type { ArticleFileKind } from '@duda/contract-training';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type ArticlesInput = RouterInputs['training']['knowledge']['list'];
export type ArticleRow = RouterOutputs['training']['knowledge']['list']['items'][number];
export type Article = RouterOutputs['training']['knowledge']['get'];
export type ArticleFile = Article['files'][number];
export type Category = RouterOutputs['training']['knowledge']['categories'][number];
export type ArticleInput = RouterInputs['training']['knowledge']['create'];
export type MyRequired = RouterOutputs['training']['knowledge']['mine'][number];
export type ReadersInput = RouterInputs['training']['knowledge']['readers'];
export type ReaderRow = RouterOutputs['training']['knowledge']['readers']['items'][number];

export const useCategories = () => useProcedureQuery('training.knowledge.categories', undefined);

export const useArticlesQuery = (input: MaybeRefOrGetter<ArticlesInput>) =>
  useProcedureQuery('training.knowledge.list', input, { keepPrevious: true });

export const useArticleQuery = (id: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('training.knowledge.get', () => ({ id: toValue(id)! }), {
    enabled: () => toValue(id) !== null,
  });

export const useMyRequired = () => useProcedureQuery('training.knowledge.mine', {});

export const useReadersQuery = (input: MaybeRefOrGetter<ReadersInput>) =>
  useProcedureQuery('training.knowledge.readers', input, { keepPrevious: true });

export const useOrgTree = () =>
  useProcedureQuery('org.tree', { includeInactive: false }, { staleTime: 5 * 60_000 });

const invalidates = ['training.knowledge'] as const;
export const useCreateArticle = () =>
  useProcedureMutation('training.knowledge.create', { invalidates: [...invalidates] });
export const useUpdateArticle = () =>
  useProcedureMutation('training.knowledge.update', { invalidates: [...invalidates] });
export const useSetArticleStatus = () =>
  useProcedureMutation('training.knowledge.setStatus', { invalidates: [...invalidates] });
export const useRemoveFile = () =>
  useProcedureMutation('training.knowledge.removeFile', { invalidates: [...invalidates] });
export const useAssignRequired = () =>
  useProcedureMutation('training.knowledge.assign', { invalidates: [...invalidates] });
// Reading records change only the reader's own state: 我的必读 and the article re-read them.
const reading = ['training.knowledge.mine', 'training.knowledge.get'] as const;
export const useRecordOpen = () =>
  useProcedureMutation('training.knowledge.recordOpen', { invalidates: [...reading] });
export const useRecordFinish = () =>
  useProcedureMutation('training.knowledge.recordFinish', { invalidates: [...reading] });

/** Uploads an image or attachment to an article (multipart, as inspection's photos). */
export function uploadArticleFile(articleId: string, kind: ArticleFileKind, file: File) {
  const form = new FormData();
  form.set('articleId', articleId);
  form.set('kind', kind);
  form.set('file', file);
  return api.training.knowledge.uploadFile.mutate(form);
}
