// `performance.appeals` (申诉): filing, reading in scope, the superior's interview and decision.
import { appealInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import {
  appealsOfScorecard,
  decideAppeal,
  fileAppeal,
  getAppeal,
  listAppeals,
  recordInterview,
} from '../appeals/appeals.ts';
import type { PerformanceDeps } from '../deps.ts';

export const appealsRouter = (deps: PerformanceDeps) =>
  router({
    file: authedProcedure.input(appealInputs.file).mutation(({ ctx, input }) => fileAppeal(deps, ctx, input)),
    list: authedProcedure.input(appealInputs.list).query(({ ctx, input }) => listAppeals(deps, ctx, input)),
    get: authedProcedure.input(appealInputs.get).query(({ ctx, input }) => getAppeal(deps, ctx, input.id)),
    ofScorecard: authedProcedure
      .input(appealInputs.ofScorecard)
      .query(({ ctx, input }) => appealsOfScorecard(deps, ctx, input.scorecardId)),
    interview: authedProcedure
      .input(appealInputs.interview)
      .mutation(({ ctx, input }) => recordInterview(deps, ctx, input)),
    decide: authedProcedure
      .input(appealInputs.decide)
      .mutation(({ ctx, input }) => decideAppeal(deps, ctx, input)),
  });
