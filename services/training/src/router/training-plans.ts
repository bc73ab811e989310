// `training.plans.*`: targeted training plans (培训计划) — drafted from the last exams and inspections, edited,
// published with sessions, attendance taken, the month closed; its targeted exams (考核考试) linked; the month's
// ledger for the analysis.
import { trainingPlansInputs as input } from '@duda/contract-training';
import { authedProcedure, router } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { draftPlan } from '../training-plans/draft.ts';
import { eligibleExams, linkExam, unlinkExam } from '../training-plans/exams.ts';
import { closePlan, getPlan, listPlans, publishPlan, saveTopics } from '../training-plans/plans.ts';
import { peopleByRole } from '../training-plans/participants.ts';
import { deleteSession, saveSession, takeAttendance } from '../training-plans/sessions.ts';
import { monthSummary } from '../training-plans/summary.ts';

export const trainingPlansRouter = (deps: TrainingDeps) =>
  router({
    list: authedProcedure.input(input.list).query(({ ctx, input }) => listPlans(deps, ctx, input)),
    get: authedProcedure.input(input.get).query(({ ctx, input }) => getPlan(deps, ctx, input.id)),
    draft: authedProcedure.input(input.draft).mutation(({ ctx, input }) => draftPlan(deps, ctx, input)),
    saveTopics: authedProcedure
      .input(input.saveTopics)
      .mutation(({ ctx, input }) => saveTopics(deps, ctx, input)),
    saveSession: authedProcedure
      .input(input.saveSession)
      .mutation(({ ctx, input }) => saveSession(deps, ctx, input)),
    peopleByRole: authedProcedure
      .input(input.peopleByRole)
      .query(({ ctx, input }) => peopleByRole(deps, ctx, input)),
    deleteSession: authedProcedure
      .input(input.deleteSession)
      .mutation(({ ctx, input }) => deleteSession(deps, ctx, input.id)),
    publish: authedProcedure
      .input(input.publish)
      .mutation(({ ctx, input }) => publishPlan(deps, ctx, input.id)),
    close: authedProcedure.input(input.close).mutation(({ ctx, input }) => closePlan(deps, ctx, input.id)),
    attendance: authedProcedure
      .input(input.attendance)
      .mutation(({ ctx, input }) => takeAttendance(deps, ctx, input)),
    eligibleExams: authedProcedure
      .input(input.eligibleExams)
      .query(({ ctx, input }) => eligibleExams(deps, ctx, input.planId)),
    linkExam: authedProcedure.input(input.linkExam).mutation(({ ctx, input }) => linkExam(deps, ctx, input)),
    unlinkExam: authedProcedure
      .input(input.unlinkExam)
      .mutation(({ ctx, input }) => unlinkExam(deps, ctx, input)),
    monthSummary: authedProcedure
      .input(input.monthSummary)
      .query(({ ctx, input }) => monthSummary(deps, ctx, input.month)),
  });
