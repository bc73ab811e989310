// `training.analysis.*`: exam statistics, the drill-down by org node and knowledge point, a person's strengths and
// weaknesses, the below-average list with its retakes and conversation tasks (表9), the cycle's ledger (台帐).
import { analysisInputs as input } from '@duda/contract-training';
import { authedProcedure, router } from '@duda/service-kit';
import { belowAverageList } from '../analysis/below-average.ts';
import { completeConversation, listConversations } from '../analysis/conversations.ts';
import { examAnalysis } from '../analysis/exam-analysis.ts';
import { ledger } from '../analysis/ledger.ts';
import { orgAnalysis } from '../analysis/org-analysis.ts';
import { personAnalysis } from '../analysis/person-analysis.ts';
import { questionStatisticsFor } from '../analysis/question-statistics.ts';
import { enrolRetakes } from '../analysis/retakes.ts';
import type { TrainingDeps } from '../deps.ts';

export const analysisRouter = (deps: TrainingDeps) =>
  router({
    exam: authedProcedure.input(input.exam).query(({ ctx, input }) => examAnalysis(deps, ctx, input.subject)),
    byOrg: authedProcedure.input(input.byOrg).query(({ ctx, input }) => orgAnalysis(deps, ctx, input)),
    person: authedProcedure.input(input.person).query(({ ctx, input }) => personAnalysis(deps, ctx, input)),
    belowAverage: authedProcedure
      .input(input.belowAverage)
      .query(({ ctx, input }) => belowAverageList(deps, ctx, input.examId)),
    enrolRetakes: authedProcedure
      .input(input.enrolRetakes)
      .mutation(({ ctx, input }) => enrolRetakes(deps, ctx, input.examId)),
    questions: authedProcedure
      .input(input.questions)
      .query(({ ctx, input }) => questionStatisticsFor(deps, ctx, input.questionIds)),
    conversations: authedProcedure
      .input(input.conversations)
      .query(({ ctx, input }) => listConversations(deps, ctx, input)),
    completeConversation: authedProcedure
      .input(input.completeConversation)
      .mutation(({ ctx, input }) => completeConversation(deps, ctx, input)),
    ledger: authedProcedure.input(input.ledger).query(({ ctx, input }) => ledger(deps, ctx, input.month)),
  });
