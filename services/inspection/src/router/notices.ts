// `inspection.notices.*`: monthly service notices (服务检查通报), from generated draft to published export.
import { noticeInputs as input } from '@duda/contract-inspection';
import { authedProcedure, router } from '@duda/service-kit';
import type { InspectionDeps } from '../deps.ts';
import {
  exportNotice,
  generateNotice,
  getNotice,
  listNotices,
  publish,
  updateNotice,
} from '../notices/notice-service.ts';

export const noticesRouter = (deps: InspectionDeps) =>
  router({
    list: authedProcedure.input(input.list).query(({ ctx, input }) => listNotices(deps, ctx, input)),
    get: authedProcedure.input(input.get).query(({ ctx, input }) => getNotice(deps, ctx, input.id)),
    generate: authedProcedure
      .input(input.generate)
      .mutation(({ ctx, input }) => generateNotice(deps, ctx, input)),
    update: authedProcedure
      .input(input.update)
      .mutation(({ ctx, input }) => updateNotice(deps, ctx, input.id, input.patch)),
    publish: authedProcedure.input(input.publish).mutation(({ ctx, input }) => publish(deps, ctx, input.id)),
    export: authedProcedure.input(input.export).query(({ ctx, input }) => exportNotice(deps, ctx, input.id)),
  });
