// The Training and exams service's public API, one file per sub-area; inputs come from @duda/contract-training.
import { router } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { analysisRouter } from './analysis.ts';
import { attemptsRouter } from './attempts.ts';
import { markingRouter } from './marking.ts';
import { bankRouter } from './bank.ts';
import { examsRouter } from './exams.ts';
import { figuresRouter } from './figures.ts';
import { knowledgeRouter } from './knowledge.ts';
import { papersRouter } from './papers.ts';
import { pendingRouter } from './pending.ts';
import { skillsRouter } from './skills.ts';
import { trainingPlansRouter } from './training-plans.ts';

/** Mounted by the gateway as `training.*`. */
export function createTrainingRouter(deps: TrainingDeps) {
  return router({
    analysis: analysisRouter(deps),
    attempts: attemptsRouter(deps),
    marking: markingRouter(deps),
    bank: bankRouter(deps),
    papers: papersRouter(deps),
    exams: examsRouter(deps),
    knowledge: knowledgeRouter(deps),
    skills: skillsRouter(deps),
    plans: trainingPlansRouter(deps),
    pending: pendingRouter(deps),
    figures: figuresRouter(deps),
  });
}

export type TrainingRouter = ReturnType<typeof createTrainingRouter>;
