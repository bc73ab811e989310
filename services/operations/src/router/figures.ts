// `operations.figures`: a month's equipment figures per hall and device type (表2 reads them).
import { figureInputs } from '@duda/contract-operations';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import { monthFigures } from '../figures/month-figures.ts';

export const figuresRouter = (deps: OperationsDeps) =>
  router({
    month: authedProcedure
      .input(figureInputs.month)
      .query(({ ctx, input }) => monthFigures(deps, ctx, input)),
  });
