// `operations.retirements`: replacement and scrap, asked by the hall, decided by the district.
import { retirementInputs } from '@duda/contract-operations';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import { decideRetirement, listRetirements, requestRetirement } from '../retirements/retirement-service.ts';

export const retirementsRouter = (deps: OperationsDeps) =>
  router({
    list: authedProcedure.query(({ ctx }) => listRetirements(deps, ctx)),
    request: authedProcedure
      .input(retirementInputs.request)
      .mutation(({ ctx, input }) => requestRetirement(deps, ctx, input)),
    decide: authedProcedure
      .input(retirementInputs.decide)
      .mutation(({ ctx, input }) => decideRetirement(deps, ctx, input)),
  });
