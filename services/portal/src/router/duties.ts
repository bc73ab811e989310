// `portal.duties`: must-do schedules (必做) — my duties and their ticks, the city's templates, completion rates.
import { dutyInputs } from '@duda/contract-portal';
import { authedProcedure, router } from '@duda/service-kit';
import type { PortalDeps } from '../deps.ts';
import { myDuties, tickDuty } from '../duties/mine.ts';
import { dutyRates } from '../duties/rates.ts';
import { listTemplates, saveTemplate } from '../duties/templates.ts';

export const dutiesRouter = (deps: PortalDeps) =>
  router({
    mine: authedProcedure.input(dutyInputs.mine).query(({ ctx, input }) => myDuties(deps, ctx, input)),
    tick: authedProcedure.input(dutyInputs.tick).mutation(({ ctx, input }) => tickDuty(deps, ctx, input)),
    templates: authedProcedure.query(({ ctx }) => listTemplates(deps, ctx.actor)),
    saveTemplate: authedProcedure
      .input(dutyInputs.saveTemplate)
      .mutation(({ ctx, input }) => saveTemplate(deps, ctx.actor, input)),
    rates: authedProcedure.input(dutyInputs.rates).query(({ ctx, input }) => dutyRates(deps, ctx, input)),
  });
