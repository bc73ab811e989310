// `forms.complaints` (客户投诉): take a case in, each step on it, one case with its history, a page of cases, the
// month's counts per hall and person with the cases counted, and a city's own time limits. Evidence is uploaded
// first through forms.submissions.uploadFile.
import { complaintInputs, complaintOutputs } from '@duda/contract-forms';
import { authedProcedure, router } from '@duda/service-kit';
import type { FormsDeps } from '../deps.ts';
import {
  getComplaint,
  listComplaints,
  stepComplaint,
  takeComplaint,
} from '../complaints/complaint-service.ts';
import { myCityLimits, setCityLimits } from '../complaints/city-limits.ts';
import { complaintCounts } from '../complaints/counts.ts';

export const complaintsRouter = (deps: FormsDeps) =>
  router({
    take: authedProcedure
      .input(complaintInputs.take)
      .mutation(({ ctx, input }) => takeComplaint(deps, ctx, input)),
    classify: authedProcedure
      .input(complaintInputs.classify)
      .mutation(({ ctx, input: { id, ...step } }) =>
        stepComplaint(deps, ctx, id, { action: 'CLASSIFY', ...step }),
      ),
    investigate: authedProcedure
      .input(complaintInputs.investigate)
      .mutation(({ ctx, input: { id, ...step } }) =>
        stepComplaint(deps, ctx, id, { action: 'INVESTIGATE', ...step }),
      ),
    resolve: authedProcedure
      .input(complaintInputs.resolve)
      .mutation(({ ctx, input: { id, ...step } }) =>
        stepComplaint(deps, ctx, id, { action: 'RESOLVE', ...step }),
      ),
    feedback: authedProcedure
      .input(complaintInputs.feedback)
      .mutation(({ ctx, input: { id, ...step } }) =>
        stepComplaint(deps, ctx, id, { action: 'FEEDBACK', ...step }),
      ),
    followUp: authedProcedure
      .input(complaintInputs.followUp)
      .mutation(({ ctx, input: { id, ...step } }) =>
        stepComplaint(deps, ctx, id, { action: 'FOLLOW_UP', ...step }),
      ),
    close: authedProcedure
      .input(complaintInputs.close)
      .mutation(({ ctx, input: { id, ...step } }) =>
        stepComplaint(deps, ctx, id, { action: 'CLOSE', ...step }),
      ),
    get: authedProcedure
      .input(complaintInputs.get)
      .query(({ ctx, input }) => getComplaint(deps, ctx, input.id)),
    list: authedProcedure
      .input(complaintInputs.list)
      .query(({ ctx, input }) => listComplaints(deps, ctx, input)),
    // Its answer is kept elsewhere (performance's evidence): checked against the contract, which lets no customer
    // data out.
    counts: authedProcedure
      .input(complaintInputs.counts)
      .output(complaintOutputs.counts)
      .query(({ ctx, input }) => complaintCounts(deps, ctx, input)),
    limits: authedProcedure.query(({ ctx }) => myCityLimits(deps, ctx)),
    setLimits: authedProcedure
      .input(complaintInputs.setLimits)
      .mutation(({ ctx, input }) => setCityLimits(deps, ctx, input)),
  });
