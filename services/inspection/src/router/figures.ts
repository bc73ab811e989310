// `inspection.figures.month`: a unit's month of scored inspections and rectification orders (performance reads it).
import { monthFiguresInput } from '@duda/contract-inspection';
import { authedProcedure, router } from '@duda/service-kit';
import { monthFigures } from '../dashboard/month-figures.ts';
import type { InspectionDeps } from '../deps.ts';

export const figuresRouter = (deps: InspectionDeps) =>
  router({
    month: authedProcedure.input(monthFiguresInput).query(({ ctx, input }) => monthFigures(deps, ctx, input)),
  });
