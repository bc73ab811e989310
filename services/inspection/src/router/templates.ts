// `inspection.templates.*`: checklist standards (检查标准) and their versions.
import { templateInputs as input } from '@duda/contract-inspection';
import { authedProcedure, router } from '@duda/service-kit';
import type { InspectionDeps } from '../deps.ts';
import {
  createTemplateDraft,
  getTemplate,
  listTemplates,
  publishTemplate,
  updateTemplateDraft,
} from '../templates/template-service.ts';

export const templatesRouter = (deps: InspectionDeps) =>
  router({
    list: authedProcedure.input(input.list).query(({ ctx, input }) => listTemplates(deps, ctx, input)),
    get: authedProcedure.input(input.get).query(({ ctx, input }) => getTemplate(deps, ctx, input.id)),
    createDraft: authedProcedure
      .input(input.createDraft)
      .mutation(({ ctx, input }) => createTemplateDraft(deps, ctx, input.fromId)),
    updateDraft: authedProcedure
      .input(input.updateDraft)
      .mutation(({ ctx, input }) => updateTemplateDraft(deps, ctx, input.id, input.content)),
    publish: authedProcedure
      .input(input.publish)
      .mutation(({ ctx, input }) => publishTemplate(deps, ctx, input.id)),
  });
