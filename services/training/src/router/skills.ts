// `training.skills.*`: weekly oral exams (口试), the typing test (打字测试) and business-handling speed and accuracy
// (业务办理), with a person's month of them for the analysis.
import { skillsInputs as input } from '@duda/contract-training';
import { authedProcedure, router } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { handlingReport, listHandling, recordHandling } from '../skills/handling.ts';
import {
  deleteOralExam,
  listOralExams,
  oralCoverage,
  recordOralExam,
  updateOralExam,
} from '../skills/oral.ts';
import { oralQuestions } from '../skills/oral-questions.ts';
import { mySkills, personSummary } from '../skills/summary.ts';
import { listTyping, submitTyping } from '../skills/typing.ts';

export const skillsRouter = (deps: TrainingDeps) =>
  router({
    oralList: authedProcedure
      .input(input.oralList)
      .query(({ ctx, input }) => listOralExams(deps, ctx, input)),
    oralRecord: authedProcedure
      .input(input.oralRecord)
      .mutation(({ ctx, input }) => recordOralExam(deps, ctx, input)),
    oralUpdate: authedProcedure
      .input(input.oralUpdate)
      .mutation(({ ctx, input }) => updateOralExam(deps, ctx, input)),
    oralDelete: authedProcedure
      .input(input.oralDelete)
      .mutation(({ ctx, input }) => deleteOralExam(deps, ctx, input)),
    oralQuestions: authedProcedure
      .input(input.oralQuestions)
      .query(({ ctx, input }) => oralQuestions(deps, ctx, input)),
    oralCoverage: authedProcedure
      .input(input.oralCoverage)
      .query(({ ctx, input }) => oralCoverage(deps, ctx, input)),
    typingSubmit: authedProcedure
      .input(input.typingSubmit)
      .mutation(({ ctx, input }) => submitTyping(deps, ctx, input)),
    typingList: authedProcedure
      .input(input.typingList)
      .query(({ ctx, input }) => listTyping(deps, ctx, input)),
    handlingRecord: authedProcedure
      .input(input.handlingRecord)
      .mutation(({ ctx, input }) => recordHandling(deps, ctx, input)),
    handlingList: authedProcedure
      .input(input.handlingList)
      .query(({ ctx, input }) => listHandling(deps, ctx, input)),
    handlingReport: authedProcedure
      .input(input.handlingReport)
      .query(({ ctx, input }) => handlingReport(deps, ctx, input)),
    personSummary: authedProcedure
      .input(input.personSummary)
      .query(({ ctx, input }) => personSummary(deps, ctx, input)),
    mine: authedProcedure.input(input.mine).query(({ ctx, input }) => mySkills(deps, ctx, input)),
  });
