// `inspection.inspections.*`: the inspector's tasks, inspections from start to submission, and their photos.
import type { Actor } from '@duda/authz';
import { inspectionInputs as input } from '@duda/contract-inspection';
import { authedProcedure, router } from '@duda/service-kit';
import type { InspectionDeps } from '../deps.ts';
import { publishMystery, saveDraft, startInspection, submitInspection } from '../inspections/lifecycle.ts';
import { getInspection, listInspections } from '../inspections/queries.ts';
import { passTheRest } from '../inspections/rest-passes.ts';
import { myTasks } from '../inspections/tasks.ts';
import { uploadPhoto } from '../photos/photo-service.ts';

export const inspectionsRouter = (deps: InspectionDeps) =>
  router({
    tasks: authedProcedure.query(({ ctx }) => myTasks(deps, ctx)),
    list: authedProcedure.input(input.list).query(({ ctx, input }) => listInspections(deps, ctx, input)),
    get: authedProcedure
      .input(input.get)
      .query(({ ctx, input }) => getInspection(deps, ctx, input.id, input.grant)),
    start: authedProcedure.input(input.start).mutation(({ ctx, input }) => startInspection(deps, ctx, input)),
    saveDraft: authedProcedure
      .input(input.saveDraft)
      .mutation(({ ctx, input }) => saveDraft(deps, ctx, input)),
    markRestPassed: authedProcedure
      .input(input.markRestPassed)
      .mutation(({ ctx, input }) => passTheRest(deps, ctx, input)),
    submit: authedProcedure
      .input(input.submit)
      .mutation(({ ctx, input }) => submitInspection(deps, ctx, input)),
    publishMystery: authedProcedure
      .input(input.publishMystery)
      .mutation(({ ctx, input }) => publishMystery(deps, ctx, input.id)),
    uploadPhoto: authedProcedure
      .input(input.uploadPhoto)
      .mutation(({ ctx, input }) => uploadPhoto(deps, ctx.actor as Actor, input)),
  });
