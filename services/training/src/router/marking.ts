// `training.marking.*`: marking short answers (阅卷) and regrading after a question is corrected.
import { markingInputs as input } from '@duda/contract-training';
import { authedProcedure, router } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { markAnswer, markingExams, markingQueue } from '../marking/marking-service.ts';
import { examQuestions, regrade } from '../marking/regrade.ts';

export const markingRouter = (deps: TrainingDeps) =>
  router({
    exams: authedProcedure
      .input(input.exams)
      .query(({ ctx, input }) => markingExams(deps, ctx, input.onlyPending)),
    queue: authedProcedure.input(input.queue).query(({ ctx, input }) => markingQueue(deps, ctx, input)),
    mark: authedProcedure.input(input.mark).mutation(({ ctx, input }) => markAnswer(deps, ctx, input)),
    questions: authedProcedure
      .input(input.questions)
      .query(({ ctx, input }) => examQuestions(deps, ctx, input.examId)),
    regrade: authedProcedure.input(input.regrade).mutation(({ ctx, input }) => regrade(deps, ctx, input)),
  });
