// `operations.devices`: the ledger's devices, within the caller's halls.
import { deviceInputs } from '@duda/contract-operations';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import {
  editDevice,
  getDevice,
  listDevices,
  maintainDevice,
  registerDevice,
} from '../devices/device-service.ts';

export const devicesRouter = (deps: OperationsDeps) =>
  router({
    list: authedProcedure.input(deviceInputs.list).query(({ ctx, input }) => listDevices(deps, ctx, input)),
    get: authedProcedure.input(deviceInputs.get).query(({ ctx, input }) => getDevice(deps, ctx, input.id)),
    register: authedProcedure
      .input(deviceInputs.register)
      .mutation(({ ctx, input }) => registerDevice(deps, ctx, input)),
    edit: authedProcedure.input(deviceInputs.edit).mutation(({ ctx, input }) => editDevice(deps, ctx, input)),
    maintain: authedProcedure
      .input(deviceInputs.maintain)
      .mutation(({ ctx, input }) => maintainDevice(deps, ctx, input)),
  });
