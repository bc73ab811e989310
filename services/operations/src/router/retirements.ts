// `operations.retirements`: replacement and scrap, asked by the hall, decided by the district in the forms area's
// approval engine (retirements/retirement-approval.ts).
import { retirementInputs } from '@duda/contract-operations';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import { listRetirements, requestRetirement } from '../retirements/retirement-service.ts';

export const retirementsRouter = (deps: OperationsDeps) =>
  router({
    list: authedProcedure.query(({ ctx }) => listRetirements(deps, ctx)),
    request: authedProcedure
      .input(retirementInputs.request)
      .mutation(({ ctx, input }) => requestRetirement(deps, ctx, input)),
  });
