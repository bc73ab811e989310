// `performance.schemes`: schemes per role from a month on (考核方案).
import { schemeInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { createScheme, listSchemes, schemeOfMonth } from '../library/schemes.ts';

export const schemesRouter = (deps: PerformanceDeps) =>
  router({
    list: authedProcedure.input(schemeInputs.list).query(({ ctx, input }) => listSchemes(deps, ctx, input)),
    inForce: authedProcedure
      .input(schemeInputs.inForce)
      .query(({ ctx, input }) => schemeOfMonth(deps, ctx, input)),
    create: authedProcedure
      .input(schemeInputs.create)
      .mutation(({ ctx, input }) => createScheme(deps, ctx, input)),
  });
