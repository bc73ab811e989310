// `training.attempts.*`: taking an exam (答题) — start or resume, answer, submit — and reading results.
import { attemptInputs as input } from '@duda/contract-training';
import { authedProcedure, router } from '@duda/service-kit';
import { reportFocusLoss, saveAnswer } from '../attempts/answering.ts';
import { releaseDevice } from '../attempts/device.ts';
import { attemptResult, examAttempts, myAttempts } from '../attempts/results.ts';
import { startAttempt } from '../attempts/start.ts';
import { submitAttempt } from '../attempts/submit.ts';
import { getOwnAttempt } from '../attempts/views.ts';
import type { TrainingDeps } from '../deps.ts';

export const attemptsRouter = (deps: TrainingDeps) =>
  router({
    start: authedProcedure.input(input.start).mutation(({ ctx, input }) => startAttempt(deps, ctx, input)),
    get: authedProcedure
      .input(input.get)
      .query(({ ctx, input }) => getOwnAttempt(deps, ctx, input.attemptId)),
    save: authedProcedure.input(input.save).mutation(({ ctx, input }) => saveAnswer(deps, ctx, input)),
    submit: authedProcedure.input(input.submit).mutation(({ ctx, input }) => submitAttempt(deps, ctx, input)),
    reportFocusLoss: authedProcedure
      .input(input.reportFocusLoss)
      .mutation(({ ctx, input }) => reportFocusLoss(deps, ctx, input)),
    mine: authedProcedure.input(input.mine).query(({ ctx, input }) => myAttempts(deps, ctx, input.examId)),
    result: authedProcedure
      .input(input.result)
      .query(({ ctx, input }) => attemptResult(deps, ctx, input.attemptId)),
    ofExam: authedProcedure
      .input(input.ofExam)
      .query(({ ctx, input }) => examAttempts(deps, ctx, input.examId)),
    releaseDevice: authedProcedure
      .input(input.releaseDevice)
      .mutation(({ ctx, input }) => releaseDevice(deps, ctx, input.attemptId)),
  });
