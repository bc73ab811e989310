// `training.exams.*`: exams (考试) — held by the trainer, read in scope, and 我的考试 for every examinee.
import { examInputs as input } from '@duda/contract-training';
import { authedProcedure, router } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { listCandidates } from '../exams/exam-candidates.ts';
import {
  cancelExam,
  createExam,
  getExam,
  listExams,
  publishExam,
  updateExam,
} from '../exams/exam-service.ts';
import { myExams } from '../exams/my-exams.ts';

export const examsRouter = (deps: TrainingDeps) =>
  router({
    list: authedProcedure.input(input.list).query(({ ctx, input }) => listExams(deps, ctx, input)),
    get: authedProcedure.input(input.get).query(({ ctx, input }) => getExam(deps, ctx, input.id)),
    candidates: authedProcedure
      .input(input.candidates)
      .query(({ ctx, input }) => listCandidates(deps, ctx, input)),
    mine: authedProcedure.query(({ ctx }) => myExams(deps, ctx)),
    create: authedProcedure.input(input.create).mutation(({ ctx, input }) => createExam(deps, ctx, input)),
    update: authedProcedure.input(input.update).mutation(({ ctx, input }) => updateExam(deps, ctx, input)),
    publish: authedProcedure
      .input(input.publish)
      .mutation(({ ctx, input }) => publishExam(deps, ctx, input.id)),
    cancel: authedProcedure.input(input.cancel).mutation(({ ctx, input }) => cancelExam(deps, ctx, input.id)),
  });
