// `forms.templates`: form templates and their versions — list, read, create, write the draft, publish, retire, and
// copy a template of a unit above into one's own.
import { templateInputs } from '@duda/contract-forms';
import { authedProcedure, router } from '@duda/service-kit';
import type { FormsDeps } from '../deps.ts';
import {
  copyTemplate,
  createTemplate,
  getTemplate,
  getVersion,
  listTemplates,
  publishVersion,
  retireVersion,
  saveDraft,
} from '../templates/template-service.ts';

export const templatesRouter = (deps: FormsDeps) =>
  router({
    list: authedProcedure
      .input(templateInputs.list)
      .query(({ ctx, input }) => listTemplates(deps, ctx, input)),
    get: authedProcedure
      .input(templateInputs.get)
      .query(({ ctx, input }) => getTemplate(deps, ctx, input.id)),
    version: authedProcedure
      .input(templateInputs.version)
      .query(({ ctx, input }) => getVersion(deps, ctx, input.versionId)),
    create: authedProcedure
      .input(templateInputs.create)
      .mutation(({ ctx, input }) => createTemplate(deps, ctx, input)),
    saveDraft: authedProcedure
      .input(templateInputs.saveDraft)
      .mutation(({ ctx, input }) => saveDraft(deps, ctx, input)),
    publish: authedProcedure
      .input(templateInputs.publish)
      .mutation(({ ctx, input }) => publishVersion(deps, ctx, input.versionId)),
    retire: authedProcedure
      .input(templateInputs.retire)
      .mutation(({ ctx, input }) => retireVersion(deps, ctx, input.versionId)),
    copy: authedProcedure
      .input(templateInputs.copy)
      .mutation(({ ctx, input }) => copyTemplate(deps, ctx, input)),
  });
