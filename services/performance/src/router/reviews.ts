// `performance.reviews.*` (360 度评估): cycles and their people for the HR reviewer and the city supervisor,
// nominations for the rated hall manager and their superior, forms for the raters, results after release.
// Every procedure here is called by the anonymity test (src/reviews/anonymity.test.ts) as the rated person, their
// superior and HR: a new one fails that test until it is classified there.
import { reviewInputs as input } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { advanceCycle, createCycle, getCycle, listCycles, updateCycle } from '../reviews/cycles.ts';
import { getForm, myForms, saveForm, submitForm } from '../reviews/forms.ts';
import { decideNomination, listNominations, proposeNominations } from '../reviews/nominations.ts';
import { getResults, withholdComment } from '../reviews/results.ts';
import { addSubjects, mySubjects, removeSubject } from '../reviews/subjects.ts';

export const reviewsRouter = (deps: PerformanceDeps) =>
  router({
    cycles: router({
      list: authedProcedure.input(input.cycles.list).query(({ ctx, input }) => listCycles(deps, ctx, input)),
      get: authedProcedure.input(input.cycles.get).query(({ ctx, input }) => getCycle(deps, ctx, input.id)),
      create: authedProcedure
        .input(input.cycles.create)
        .mutation(({ ctx, input }) => createCycle(deps, ctx, input)),
      update: authedProcedure
        .input(input.cycles.update)
        .mutation(({ ctx, input }) => updateCycle(deps, ctx, input)),
      advance: authedProcedure
        .input(input.cycles.advance)
        .mutation(({ ctx, input }) => advanceCycle(deps, ctx, input)),
    }),
    subjects: router({
      add: authedProcedure
        .input(input.subjects.add)
        .mutation(({ ctx, input }) => addSubjects(deps, ctx, input)),
      remove: authedProcedure
        .input(input.subjects.remove)
        .mutation(({ ctx, input }) => removeSubject(deps, ctx, input.id)),
      mine: authedProcedure.input(input.subjects.mine).query(({ ctx }) => mySubjects(deps, ctx)),
    }),
    nominations: router({
      list: authedProcedure
        .input(input.nominations.list)
        .query(({ ctx, input }) => listNominations(deps, ctx, input.subjectId)),
      propose: authedProcedure
        .input(input.nominations.propose)
        .mutation(({ ctx, input }) => proposeNominations(deps, ctx, input)),
      decide: authedProcedure
        .input(input.nominations.decide)
        .mutation(({ ctx, input }) => decideNomination(deps, ctx, input)),
    }),
    forms: router({
      mine: authedProcedure.input(input.forms.mine).query(({ ctx }) => myForms(deps, ctx)),
      get: authedProcedure.input(input.forms.get).query(({ ctx, input }) => getForm(deps, ctx, input.id)),
      save: authedProcedure.input(input.forms.save).mutation(({ ctx, input }) => saveForm(deps, ctx, input)),
      submit: authedProcedure
        .input(input.forms.submit)
        .mutation(({ ctx, input }) => submitForm(deps, ctx, input)),
    }),
    results: router({
      get: authedProcedure
        .input(input.results.get)
        .query(({ ctx, input }) => getResults(deps, ctx, input.subjectId)),
      withhold: authedProcedure
        .input(input.results.withhold)
        .mutation(({ ctx, input }) => withholdComment(deps, ctx, input)),
    }),
  });
