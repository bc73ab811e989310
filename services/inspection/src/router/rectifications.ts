// `inspection.rectifications.*`: rectification orders (整改单) from issue to closure.
import { rectificationInputs as input } from '@duda/contract-inspection';
import { authedProcedure, router } from '@duda/service-kit';
import type { InspectionDeps } from '../deps.ts';
import { actOnOrder, getOrder, listOrders } from '../rectifications/rectification-service.ts';

export const rectificationsRouter = (deps: InspectionDeps) =>
  router({
    list: authedProcedure.input(input.list).query(({ ctx, input }) => listOrders(deps, ctx, input)),
    get: authedProcedure
      .input(input.get)
      .query(({ ctx, input }) => getOrder(deps, ctx, input.id, input.grant)),
    respond: authedProcedure.input(input.respond).mutation(({ ctx, input }) =>
      actOnOrder(deps, ctx, input.id, {
        type: 'RESPOND',
        measures: input.measures,
        photoIds: input.photoIds,
      }),
    ),
    accept: authedProcedure.input(input.accept).mutation(({ ctx, input }) =>
      actOnOrder(deps, ctx, input.id, {
        type: 'ACCEPT',
        ...(input.comment ? { comment: input.comment } : {}),
      }),
    ),
    rejectBack: authedProcedure
      .input(input.rejectBack)
      .mutation(({ ctx, input }) =>
        actOnOrder(deps, ctx, input.id, { type: 'REJECT_BACK', reason: input.reason }),
      ),
  });
