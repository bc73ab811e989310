// `training.figures.*`: a city's month by person — exam results, skill tests, unread required reading — what
// performance's monthly run reads.
import { figuresInputs } from '@duda/contract-training';
import { authedProcedure, router } from '@duda/service-kit';
import { monthFigures } from '../analysis/month-figures.ts';
import { readingFigures, skillFigures } from '../analysis/month-sources.ts';
import type { TrainingDeps } from '../deps.ts';

export const figuresRouter = (deps: TrainingDeps) =>
  router({
    month: authedProcedure
      .input(figuresInputs.month)
      .query(({ ctx, input }) => monthFigures(deps, ctx, input)),
    skills: authedProcedure
      .input(figuresInputs.skills)
      .query(({ ctx, input }) => skillFigures(deps, ctx, input)),
    reading: authedProcedure
      .input(figuresInputs.reading)
      .query(({ ctx, input }) => readingFigures(deps, ctx, input)),
  });
