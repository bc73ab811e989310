// `performance.hrDelivery` (推送人力): the city's address and secret, the delivery log, the manual re-send.
import { hrDeliveryInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { getDelivery, listDeliveries, resendMonth } from '../hr-delivery/deliveries.ts';
import { endpointOf, saveEndpoint } from '../hr-delivery/endpoint.ts';

export const hrDeliveryRouter = (deps: PerformanceDeps) =>
  router({
    endpoint: authedProcedure.input(hrDeliveryInputs.endpoint).query(({ ctx }) => endpointOf(deps, ctx)),
    saveEndpoint: authedProcedure
      .input(hrDeliveryInputs.saveEndpoint)
      .mutation(({ ctx, input }) => saveEndpoint(deps, ctx, input)),
    list: authedProcedure
      .input(hrDeliveryInputs.list)
      .query(({ ctx, input }) => listDeliveries(deps, ctx, input)),
    get: authedProcedure
      .input(hrDeliveryInputs.get)
      .query(({ ctx, input }) => getDelivery(deps, ctx, input.id)),
    resend: authedProcedure
      .input(hrDeliveryInputs.resend)
      .mutation(({ ctx, input }) => resendMonth(deps, ctx, input.month)),
  });
