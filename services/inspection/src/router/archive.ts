// `inspection.archive.*`: closing a month (月度归档) and the months already closed.
import { archiveInputs as input } from '@duda/contract-inspection';
import { authedProcedure, router } from '@duda/service-kit';
import { archivedMonths, archiveStatus, closeMonth } from '../archive/archive-service.ts';
import type { InspectionDeps } from '../deps.ts';

export const archiveRouter = (deps: InspectionDeps) =>
  router({
    status: authedProcedure.input(input.status).query(({ ctx, input }) => archiveStatus(deps, ctx, input)),
    close: authedProcedure.input(input.close).mutation(({ ctx, input }) => closeMonth(deps, ctx, input)),
    list: authedProcedure.input(input.list).query(({ ctx, input }) => archivedMonths(deps, ctx, input)),
  });
