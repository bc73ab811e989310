// `performance.scorecards`: reading in scope, self-assessment, the superior's assessment and adjustments.
import { scorecardInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { adjust, assess, getScorecard, listScorecards, selfAssess } from '../scorecards/scorecards.ts';

export const scorecardsRouter = (deps: PerformanceDeps) =>
  router({
    list: authedProcedure
      .input(scorecardInputs.list)
      .query(({ ctx, input }) => listScorecards(deps, ctx, input)),
    get: authedProcedure
      .input(scorecardInputs.get)
      .query(({ ctx, input }) => getScorecard(deps, ctx, input.id)),
    selfAssess: authedProcedure
      .input(scorecardInputs.selfAssess)
      .mutation(({ ctx, input }) => selfAssess(deps, ctx, input)),
    assess: authedProcedure
      .input(scorecardInputs.assess)
      .mutation(({ ctx, input }) => assess(deps, ctx, input)),
    adjust: authedProcedure
      .input(scorecardInputs.adjust)
      .mutation(({ ctx, input }) => adjust(deps, ctx, input)),
  });
