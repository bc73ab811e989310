// `training.knowledge.*`: the knowledge base (知识库) — articles, their files, required reading (必读) and reading.
import { knowledgeInputs as input } from '@duda/contract-training';
import { authedProcedure, router } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import {
  categories,
  createArticle,
  getArticle,
  listArticles,
  setArticleStatus,
  updateArticle,
} from '../knowledge/articles.ts';
import { removeArticleFile, uploadArticleFile } from '../knowledge/files.ts';
import { myRequiredReading, recordFinish, recordOpen } from '../knowledge/reading.ts';
import { assignRequired, requiredReaders, unreadCounts } from '../knowledge/required.ts';

export const knowledgeRouter = (deps: TrainingDeps) =>
  router({
    categories: authedProcedure.query(({ ctx }) => categories(deps, ctx)),
    list: authedProcedure.input(input.list).query(({ ctx, input }) => listArticles(deps, ctx, input)),
    get: authedProcedure.input(input.get).query(({ ctx, input }) => getArticle(deps, ctx, input.id)),
    create: authedProcedure.input(input.create).mutation(({ ctx, input }) => createArticle(deps, ctx, input)),
    update: authedProcedure.input(input.update).mutation(({ ctx, input }) => updateArticle(deps, ctx, input)),
    setStatus: authedProcedure
      .input(input.setStatus)
      .mutation(({ ctx, input }) => setArticleStatus(deps, ctx, input)),
    uploadFile: authedProcedure
      .input(input.uploadFile)
      .mutation(({ ctx, input }) => uploadArticleFile(deps, ctx, input)),
    removeFile: authedProcedure
      .input(input.removeFile)
      .mutation(({ ctx, input }) => removeArticleFile(deps, ctx, input.id)),
    recordOpen: authedProcedure
      .input(input.recordOpen)
      .mutation(({ ctx, input }) => recordOpen(deps, ctx, input.id)),
    recordFinish: authedProcedure
      .input(input.recordFinish)
      .mutation(({ ctx, input }) => recordFinish(deps, ctx, input.id)),
    assign: authedProcedure
      .input(input.assign)
      .mutation(({ ctx, input }) => assignRequired(deps, ctx, input)),
    readers: authedProcedure
      .input(input.readers)
      .query(({ ctx, input }) => requiredReaders(deps, ctx, input)),
    mine: authedProcedure.input(input.mine).query(({ ctx, input }) => myRequiredReading(deps, ctx, input)),
    unreadCounts: authedProcedure
      .input(input.unreadCounts)
      .query(({ ctx, input }) => unreadCounts(deps, ctx, input)),
  });
