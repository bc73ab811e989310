// The training area's rows of the gateway's authorization matrix (services/gateway/src/suites/authorization):
// the bank, papers, exams and attempts their owners made, and which of the six probe callers may touch them.
// Every new procedure needs its entry here, or the matrix fails naming it.
import { defineAreaProbes } from '@duda/service-org/testing/authz-probes';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- each sub-area adds what it needs
export type TrainingWorld = {};

export const trainingProbes = defineAreaProbes<TrainingWorld>({
  prefix: 'training',
  world: async () => ({}),
  secrets: () => [],
  probes: {},
});
