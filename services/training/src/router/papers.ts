// `training.papers.*`: papers (试卷), fixed or drawn by rules, with the bank check and a preview.
import { paperInputs as input } from '@duda/contract-training';
import { authedProcedure, router } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { previewPaper } from '../papers/paper-preview.ts';
import {
  checkRules,
  copyPaper,
  createPaper,
  getPaper,
  listPapers,
  publishPaper,
  retirePaper,
  updatePaper,
} from '../papers/paper-service.ts';

export const papersRouter = (deps: TrainingDeps) =>
  router({
    list: authedProcedure.input(input.list).query(({ ctx, input }) => listPapers(deps, ctx, input)),
    get: authedProcedure.input(input.get).query(({ ctx, input }) => getPaper(deps, ctx, input.id)),
    check: authedProcedure.input(input.check).query(({ ctx, input }) => checkRules(deps, ctx, input.rules)),
    preview: authedProcedure
      .input(input.preview)
      .query(({ ctx, input }) => previewPaper(deps, ctx, input.id, input.seed)),
    create: authedProcedure.input(input.create).mutation(({ ctx, input }) => createPaper(deps, ctx, input)),
    update: authedProcedure.input(input.update).mutation(({ ctx, input }) => updatePaper(deps, ctx, input)),
    publish: authedProcedure
      .input(input.publish)
      .mutation(({ ctx, input }) => publishPaper(deps, ctx, input.id)),
    retire: authedProcedure
      .input(input.retire)
      .mutation(({ ctx, input }) => retirePaper(deps, ctx, input.id)),
    copy: authedProcedure.input(input.copy).mutation(({ ctx, input }) => copyPaper(deps, ctx, input.id)),
  });
