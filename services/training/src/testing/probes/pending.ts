// The to-do contract's row of the authorization matrix (待办, ADR 0018), on the attempts' world: hubin.clerk has
// exams running and one handed in whose short answer waits for the trainer. Everyone asks for their own to-dos
// only: the handed-in exam can show up for the trainer (to mark), for nobody else.
import { defineAreaProbes, SIGNED_IN } from '@duda/service-org/testing/authz-probes';
import { attemptsProbes, type AttemptsWorld } from './attempts.ts';

export const pendingProbes = defineAreaProbes<AttemptsWorld>({
  prefix: 'training.pending',
  world: (owners, service) => attemptsProbes.world(owners, service),
  secrets: (w) => [w.rubric, w.reference, w.submittedText, w.runningText],
  probes: {
    'training.pending.mine': {
      allowed: SIGNED_IN,
      input: () => ({ limit: 200 }),
      sees: ['trainer'],
      secrets: (w) => [w.submittedTitle, w.submitted.examId],
    },
  },
});
