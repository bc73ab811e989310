// Marking's rows of the authorization matrix, on the attempts' world: hubin.clerk's submitted attempt waits with a
// short answer to mark. Marking is the trainers' alone, and blind: the queue names no examinee unless asked to.
import { defineAreaProbes, type Owners, type ProbeCaller } from '@duda/service-org/testing/authz-probes';
import { attemptsProbes, readAs, type AttemptsWorld } from './attempts.ts';

const trainerOnly = ['trainer'] as const satisfies readonly ProbeCaller[];
const CLERK = '赵雪';

const trainerReads = (owners: Owners, path: string, input: unknown) => readAs(owners, 'trainer', path, input);

export const markingProbes = defineAreaProbes<AttemptsWorld>({
  prefix: 'training.marking',
  world: (owners, service) => attemptsProbes.world(owners, service),
  secrets: (w) => [w.rubric, w.reference, w.submittedText],
  probes: {
    'training.marking.exams': {
      allowed: trainerOnly,
      input: () => ({ onlyPending: false }),
      secrets: (w) => [w.submittedTitle],
    },
    'training.marking.queue': [
      { allowed: trainerOnly, input: (w) => ({ examId: w.submitted.examId, filter: 'ALL' }) },
      // Blind by default: not even the trainer gets the name.
      {
        allowed: trainerOnly,
        sees: [],
        input: (w) => ({ examId: w.submitted.examId }),
        secrets: () => [CLERK],
      },
      {
        allowed: trainerOnly,
        input: (w) => ({ examId: w.submitted.examId, revealNames: true }),
        secrets: () => [CLERK],
      },
    ],
    'training.marking.mark': {
      allowed: trainerOnly,
      input: (w) => ({ attemptId: w.submitted.attemptId, slot: 2, mark: 4, comment: '矩阵评语' }),
      secrets: () => [],
      reread: (w, owners) =>
        trainerReads(owners, 'training.marking.queue', { examId: w.submitted.examId, filter: 'ALL' }),
    },
    'training.marking.questions': {
      allowed: trainerOnly,
      input: (w) => ({ examId: w.submitted.examId }),
      secrets: (w) => [w.stem],
    },
    'training.marking.regrade': {
      allowed: trainerOnly,
      input: (w) => ({ examId: w.submitted.examId, questionId: w.trueFalseId, dryRun: false }),
      secrets: () => [],
      reread: (w, owners) =>
        trainerReads(owners, 'training.attempts.result', { attemptId: w.submitted.attemptId }),
    },
  },
});
