// `operations.plans`: the city's contingency plan templates and each hall's own plans (应急预案).
import { planInputs } from '@duda/contract-operations';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import {
  adoptTemplate,
  getPlan,
  getTemplate,
  listPlans,
  listTemplates,
  saveTemplate,
  takeTemplateRevision,
  updatePlan,
} from '../plans/plan-service.ts';

export const plansRouter = (deps: OperationsDeps) =>
  router({
    templates: authedProcedure
      .input(planInputs.templates)
      .query(({ ctx, input }) => listTemplates(deps, ctx, input)),
    template: authedProcedure
      .input(planInputs.template)
      .query(({ ctx, input }) => getTemplate(deps, ctx, input.id)),
    saveTemplate: authedProcedure
      .input(planInputs.saveTemplate)
      .mutation(({ ctx, input }) => saveTemplate(deps, ctx, input)),
    list: authedProcedure.input(planInputs.list).query(({ ctx, input }) => listPlans(deps, ctx, input)),
    get: authedProcedure.input(planInputs.get).query(({ ctx, input }) => getPlan(deps, ctx, input.id)),
    adopt: authedProcedure
      .input(planInputs.adopt)
      .mutation(({ ctx, input }) => adoptTemplate(deps, ctx, input)),
    update: authedProcedure
      .input(planInputs.update)
      .mutation(({ ctx, input }) => updatePlan(deps, ctx, input)),
    takeRevision: authedProcedure
      .input(planInputs.takeRevision)
      .mutation(({ ctx, input }) => takeTemplateRevision(deps, ctx, input)),
  });
