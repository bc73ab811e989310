// `portal.duties`: must-do schedules (必做) — my duties and their ticks (with a photo), a person's duties as their
// supervisors see them, the city's templates, completion rates.
import { dutyInputs } from '@duda/contract-portal';
import { authedProcedure, router } from '@duda/service-kit';
import type { PortalDeps } from '../deps.ts';
import { myDuties, tickDuty } from '../duties/mine.ts';
import { personDuties } from '../duties/person.ts';
import { uploadDutyPhoto } from '../duties/photos.ts';
import { dutyRates } from '../duties/rates.ts';
import { listTemplates, saveTemplate } from '../duties/templates.ts';

export const dutiesRouter = (deps: PortalDeps) =>
  router({
    mine: authedProcedure.input(dutyInputs.mine).query(({ ctx, input }) => myDuties(deps, ctx, input)),
    tick: authedProcedure.input(dutyInputs.tick).mutation(({ ctx, input }) => tickDuty(deps, ctx, input)),
    uploadPhoto: authedProcedure
      .input(dutyInputs.uploadPhoto)
      .mutation(({ ctx, input }) => uploadDutyPhoto(deps, ctx, input)),
    person: authedProcedure
      .input(dutyInputs.person)
      .query(({ ctx, input }) => personDuties(deps, ctx, input)),
    templates: authedProcedure.query(({ ctx }) => listTemplates(deps, ctx.actor)),
    saveTemplate: authedProcedure
      .input(dutyInputs.saveTemplate)
      .mutation(({ ctx, input }) => saveTemplate(deps, ctx.actor, input)),
    rates: authedProcedure.input(dutyInputs.rates).query(({ ctx, input }) => dutyRates(deps, ctx, input)),
  });
