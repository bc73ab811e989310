// `performance.coaching` (辅导): the city's thresholds, the supervisor's page, improvement plans and recognition.
import { coachingInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import { coachingBoard } from '../coaching/board.ts';
import { closePlan, createPlan, getPlan, listPlans, recordFollowUp } from '../coaching/plans.ts';
import { recognise } from '../coaching/recognition.ts';
import { coachingSettings, previewCoachingSettings, saveCoachingSettings } from '../coaching/settings.ts';
import type { PerformanceDeps } from '../deps.ts';

export const coachingRouter = (deps: PerformanceDeps) =>
  router({
    settings: authedProcedure.input(coachingInputs.settings).query(({ ctx }) => coachingSettings(deps, ctx)),
    saveSettings: authedProcedure
      .input(coachingInputs.saveSettings)
      .mutation(({ ctx, input }) => saveCoachingSettings(deps, ctx, input)),
    previewSettings: authedProcedure
      .input(coachingInputs.previewSettings)
      .query(({ ctx, input }) => previewCoachingSettings(deps, ctx, input)),
    board: authedProcedure
      .input(coachingInputs.board)
      .query(({ ctx, input }) => coachingBoard(deps, ctx, input.month)),
    createPlan: authedProcedure
      .input(coachingInputs.createPlan)
      .mutation(({ ctx, input }) => createPlan(deps, ctx, input)),
    listPlans: authedProcedure
      .input(coachingInputs.listPlans)
      .query(({ ctx, input }) => listPlans(deps, ctx, input)),
    getPlan: authedProcedure
      .input(coachingInputs.getPlan)
      .query(({ ctx, input }) => getPlan(deps, ctx, input.id)),
    followUp: authedProcedure
      .input(coachingInputs.followUp)
      .mutation(({ ctx, input }) => recordFollowUp(deps, ctx, input)),
    closePlan: authedProcedure
      .input(coachingInputs.closePlan)
      .mutation(({ ctx, input }) => closePlan(deps, ctx, input)),
    recognise: authedProcedure
      .input(coachingInputs.recognise)
      .mutation(({ ctx, input }) => recognise(deps, ctx, input)),
  });
