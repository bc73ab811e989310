// `inspection.plans.*`: monthly inspection plans (月度检查计划) and their approval workflow.
import { planInputs as input } from '@duda/contract-inspection';
import { authedProcedure, router } from '@duda/service-kit';
import type { InspectionDeps } from '../deps.ts';
import { createPlan, getPlan, listPlans, saveEntries, transition } from '../plans/plan-service.ts';

export const plansRouter = (deps: InspectionDeps) =>
  router({
    list: authedProcedure.input(input.list).query(({ ctx, input }) => listPlans(deps, ctx, input)),
    get: authedProcedure.input(input.get).query(({ ctx, input }) => getPlan(deps, ctx, input.id)),
    create: authedProcedure.input(input.create).mutation(({ ctx, input }) => createPlan(deps, ctx, input)),
    saveEntries: authedProcedure
      .input(input.saveEntries)
      .mutation(({ ctx, input }) => saveEntries(deps, ctx, input.id, input.entries)),
    transition: authedProcedure
      .input(input.transition)
      .mutation(({ ctx, input }) => transition(deps, ctx, input.id, input.command)),
  });
