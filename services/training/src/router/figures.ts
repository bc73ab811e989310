// `training.figures.month`: a city's month of exam results by candidate (performance's monthly run reads it).
import { figuresInputs } from '@duda/contract-training';
import { authedProcedure, router } from '@duda/service-kit';
import { monthFigures } from '../analysis/month-figures.ts';
import type { TrainingDeps } from '../deps.ts';

export const figuresRouter = (deps: TrainingDeps) =>
  router({
    month: authedProcedure
      .input(figuresInputs.month)
      .query(({ ctx, input }) => monthFigures(deps, ctx, input)),
  });
