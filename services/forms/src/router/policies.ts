// `forms.policies` (制度库): policies with their versions, the revision flow (consultation, opinions, the author's
// answers, submission to the leader on the approval engine), reading a version in force, comparing two versions and
// the version in force on a date. Attachments are uploaded first through forms.submissions.uploadFile.
import { policyInputs } from '@duda/contract-forms';
import { authedProcedure, router } from '@duda/service-kit';
import type { FormsDeps } from '../deps.ts';
import {
  compareVersions,
  createPolicy,
  getPolicy,
  giveOpinion,
  listPolicies,
  markOpinion,
  markRead,
  policyForDecision,
  revisePolicy,
  saveDraft,
  startConsultation,
  submitPolicy,
  versionInForceOnDate,
} from '../policies/index.ts';

export const policiesRouter = (deps: FormsDeps) =>
  router({
    list: authedProcedure.input(policyInputs.list).query(({ ctx, input }) => listPolicies(deps, ctx, input)),
    get: authedProcedure.input(policyInputs.get).query(({ ctx, input }) => getPolicy(deps, ctx, input.id)),
    compare: authedProcedure
      .input(policyInputs.compare)
      .query(({ ctx, input }) => compareVersions(deps, ctx, input)),
    forDecision: authedProcedure
      .input(policyInputs.forDecision)
      .query(({ ctx, input }) => policyForDecision(deps, ctx, input)),
    inForceOn: authedProcedure
      .input(policyInputs.inForceOn)
      .query(({ ctx, input }) => versionInForceOnDate(deps, ctx, input)),
    create: authedProcedure
      .input(policyInputs.create)
      .mutation(({ ctx, input }) => createPolicy(deps, ctx, input)),
    saveDraft: authedProcedure
      .input(policyInputs.saveDraft)
      .mutation(({ ctx, input }) => saveDraft(deps, ctx, input)),
    revise: authedProcedure
      .input(policyInputs.revise)
      .mutation(({ ctx, input }) => revisePolicy(deps, ctx, input)),
    startConsultation: authedProcedure
      .input(policyInputs.startConsultation)
      .mutation(({ ctx, input }) => startConsultation(deps, ctx, input)),
    giveOpinion: authedProcedure
      .input(policyInputs.giveOpinion)
      .mutation(({ ctx, input }) => giveOpinion(deps, ctx, input)),
    markOpinion: authedProcedure
      .input(policyInputs.markOpinion)
      .mutation(({ ctx, input }) => markOpinion(deps, ctx, input)),
    submit: authedProcedure
      .input(policyInputs.submit)
      .mutation(({ ctx, input }) => submitPolicy(deps, ctx, input)),
    markRead: authedProcedure
      .input(policyInputs.markRead)
      .mutation(({ ctx, input }) => markRead(deps, ctx, input)),
  });
