// `training.bank.*`: the question bank (题库) — the knowledge-point tree and the questions, with their versions and
// the spreadsheet import/export. Only the trainer reaches any of it (bank/access.ts).
import { bankInputs as input } from '@duda/contract-training';
import { authedProcedure, router } from '@duda/service-kit';
import {
  createKnowledgePoint,
  deleteKnowledgePoint,
  knowledgeTree,
  moveKnowledgePoint,
  renameKnowledgePoint,
} from '../bank/knowledge-points.ts';
import { listQuestions } from '../bank/question-list.ts';
import {
  createQuestion,
  getQuestion,
  questionVersions,
  setQuestionRetired,
  updateQuestion,
} from '../bank/questions.ts';
import { bankTemplate, exportBank, importBank } from '../bank/transfer.ts';
import type { TrainingDeps } from '../deps.ts';

const knowledgePointsRouter = (deps: TrainingDeps) =>
  router({
    tree: authedProcedure.query(({ ctx }) => knowledgeTree(deps, ctx)),
    create: authedProcedure
      .input(input.knowledgePoints.create)
      .mutation(({ ctx, input }) => createKnowledgePoint(deps, ctx, input)),
    rename: authedProcedure
      .input(input.knowledgePoints.rename)
      .mutation(({ ctx, input }) => renameKnowledgePoint(deps, ctx, input)),
    move: authedProcedure
      .input(input.knowledgePoints.move)
      .mutation(({ ctx, input }) => moveKnowledgePoint(deps, ctx, input)),
    delete: authedProcedure
      .input(input.knowledgePoints.delete)
      .mutation(({ ctx, input }) => deleteKnowledgePoint(deps, ctx, input.id)),
  });

const questionsRouter = (deps: TrainingDeps) =>
  router({
    list: authedProcedure
      .input(input.questions.list)
      .query(({ ctx, input }) => listQuestions(deps, ctx, input)),
    get: authedProcedure
      .input(input.questions.get)
      .query(({ ctx, input }) => getQuestion(deps, ctx, input.id)),
    versions: authedProcedure
      .input(input.questions.versions)
      .query(({ ctx, input }) => questionVersions(deps, ctx, input.id)),
    create: authedProcedure
      .input(input.questions.create)
      .mutation(({ ctx, input }) => createQuestion(deps, ctx, input)),
    update: authedProcedure
      .input(input.questions.update)
      .mutation(({ ctx, input }) => updateQuestion(deps, ctx, input)),
    retire: authedProcedure
      .input(input.questions.retire)
      .mutation(({ ctx, input }) => setQuestionRetired(deps, ctx, input.id, true)),
    restore: authedProcedure
      .input(input.questions.restore)
      .mutation(({ ctx, input }) => setQuestionRetired(deps, ctx, input.id, false)),
    template: authedProcedure.query(({ ctx }) => bankTemplate(deps, ctx)),
    export: authedProcedure
      .input(input.questions.export)
      .query(({ ctx, input }) => exportBank(deps, ctx, input)),
    import: authedProcedure
      .input(input.questions.import)
      .mutation(({ ctx, input }) => importBank(deps, ctx, input)),
  });

export const bankRouter = (deps: TrainingDeps) =>
  router({ knowledgePoints: knowledgePointsRouter(deps), questions: questionsRouter(deps) });
