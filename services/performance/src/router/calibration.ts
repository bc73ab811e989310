// `performance.calibration` (等级与校准): the city's grading rules, and per district the view, moves and the lock.
import { calibrationInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import {
  calibrationDistricts,
  calibrationView,
  lockDistrict,
  moveGrade,
} from '../calibration/calibration.ts';
import { citySettings, saveCitySettings } from '../calibration/settings.ts';
import type { PerformanceDeps } from '../deps.ts';

export const calibrationRouter = (deps: PerformanceDeps) =>
  router({
    settings: authedProcedure.input(calibrationInputs.settings).query(({ ctx }) => citySettings(deps, ctx)),
    saveSettings: authedProcedure
      .input(calibrationInputs.saveSettings)
      .mutation(({ ctx, input }) => saveCitySettings(deps, ctx, input)),
    districts: authedProcedure
      .input(calibrationInputs.districts)
      .query(({ ctx, input }) => calibrationDistricts(deps, ctx, input.month)),
    view: authedProcedure
      .input(calibrationInputs.view)
      .query(({ ctx, input }) => calibrationView(deps, ctx, input)),
    move: authedProcedure
      .input(calibrationInputs.move)
      .mutation(({ ctx, input }) => moveGrade(deps, ctx, input)),
    lock: authedProcedure
      .input(calibrationInputs.lock)
      .mutation(({ ctx, input }) => lockDistrict(deps, ctx, input)),
  });
