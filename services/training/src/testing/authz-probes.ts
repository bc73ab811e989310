// The training area's rows of the gateway's authorization matrix (services/gateway/src/suites/authorization).
// Each sub-area keeps its own table in probes/<sub-area>.ts — the resources their owners make and which of the six
// probe callers may touch them — and is one line in the list below. Every procedure needs its entry, or the
// matrix fails naming it.
import { composeAreaProbes } from '@duda/service-org/testing/authz-probes';
import type { TrainingService } from '../module.ts';
import { attemptsProbes } from './probes/attempts.ts';
import { analysisProbes } from './probes/analysis.ts';
import { bankProbes } from './probes/bank.ts';
import { examsProbes } from './probes/exams.ts';
import { knowledgeProbes } from './probes/knowledge.ts';
import { markingProbes } from './probes/marking.ts';
import { papersProbes } from './probes/papers.ts';
import { pendingProbes } from './probes/pending.ts';
import { skillsProbes } from './probes/skills.ts';
import { trainingPlansProbes } from './probes/training-plans.ts';

export const trainingProbes = composeAreaProbes<TrainingService>('training', [
  bankProbes,
  papersProbes,
  examsProbes,
  attemptsProbes,
  markingProbes,
  analysisProbes,
  skillsProbes,
  knowledgeProbes,
  trainingPlansProbes,
  pendingProbes,
]);
