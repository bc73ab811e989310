// `forms.submissions`: fill in a form (draft, submit, discard; whom to pick as approver), read one, the caller's own,
// one form's records filtered on its fields, and their Excel export.
import { submissionFileInputs, submissionInputs } from '@duda/contract-forms';
import { authedProcedure, router } from '@duda/service-kit';
import { pickablePeople } from '../approvals/pickable.ts';
import type { FormsDeps } from '../deps.ts';
import { uploadFormFile } from '../files/form-files.ts';
import { exportSubmissions } from '../submissions/submission-export.ts';
import { listSubmissions } from '../submissions/submission-list.ts';
import {
  discardDraft,
  getSubmission,
  mySubmissions,
  saveDraft,
  submit,
} from '../submissions/submission-service.ts';

export const submissionsRouter = (deps: FormsDeps) =>
  router({
    saveDraft: authedProcedure
      .input(submissionInputs.saveDraft)
      .mutation(({ ctx, input }) => saveDraft(deps, ctx, input)),
    submit: authedProcedure
      .input(submissionInputs.submit)
      .mutation(({ ctx, input }) => submit(deps, ctx, input)),
    discardDraft: authedProcedure
      .input(submissionInputs.discardDraft)
      .mutation(({ ctx, input }) => discardDraft(deps, ctx, input.id)),
    get: authedProcedure
      .input(submissionInputs.get)
      .query(({ ctx, input }) => getSubmission(deps, ctx, input.id)),
    mine: authedProcedure
      .input(submissionInputs.mine)
      .query(({ ctx, input }) => mySubmissions(deps, ctx, input)),
    list: authedProcedure
      .input(submissionInputs.list)
      .query(({ ctx, input }) => listSubmissions(deps, ctx, input)),
    pickable: authedProcedure
      .input(submissionInputs.pickable)
      .query(({ ctx, input }) => pickablePeople(deps, ctx, input)),
    uploadFile: authedProcedure
      .input(submissionFileInputs.uploadFile)
      .mutation(({ ctx, input }) => uploadFormFile(deps, ctx, input)),
    export: authedProcedure
      .input(submissionInputs.export)
      .query(({ ctx, input }) => exportSubmissions(deps, ctx, input)),
  });
