// `operations.faults`: hardware faults (表7), from the report on a phone to the hall's confirmation.
import { faultInputs, faultPhotoInputs } from '@duda/contract-operations';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import { getFault, listFaults, moveFault, reportFault } from '../faults/fault-service.ts';
import { uploadFaultPhoto } from '../files/fault-photos.ts';

export const faultsRouter = (deps: OperationsDeps) =>
  router({
    list: authedProcedure.input(faultInputs.list).query(({ ctx, input }) => listFaults(deps, ctx, input)),
    get: authedProcedure.input(faultInputs.get).query(({ ctx, input }) => getFault(deps, ctx, input.id)),
    uploadPhoto: authedProcedure
      .input(faultPhotoInputs.uploadPhoto)
      .mutation(({ ctx, input }) => uploadFaultPhoto(deps, ctx, input)),
    report: authedProcedure
      .input(faultInputs.report)
      .mutation(({ ctx, input }) => reportFault(deps, ctx, input)),
    assign: authedProcedure
      .input(faultInputs.assign)
      .mutation(({ ctx, input }) => moveFault(deps, ctx, 'assign', input)),
    repair: authedProcedure
      .input(faultInputs.repair)
      .mutation(({ ctx, input }) => moveFault(deps, ctx, 'repair', input)),
    confirm: authedProcedure
      .input(faultInputs.confirm)
      .mutation(({ ctx, input }) => moveFault(deps, ctx, 'confirm', input)),
    reopen: authedProcedure
      .input(faultInputs.reopen)
      .mutation(({ ctx, input }) => moveFault(deps, ctx, 'reopen', input)),
  });
