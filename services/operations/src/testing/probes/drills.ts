// The drills' rows of the authorization matrix (the world of probes/plans.ts): 湖滨's clerk reads the hall's drills
// and their figures; nobody of the callers schedules or evaluates one of 湖滨.
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';
import { contingencySecrets, contingencyWorld, HUBIN_READS, type ContingencyWorld } from './plans.ts';

const drillsAsManager = async (w: ContingencyWorld, owners: Owners) =>
  (await owners('hubin.mgr')).query('operations.drills.list', { orgNodeId: w.hubinId, pageSize: 200 });

export const drillProbes = defineAreaProbes<ContingencyWorld>({
  prefix: 'operations',
  world: contingencyWorld,
  secrets: contingencySecrets,
  probes: {
    'operations.drills.list': { allowed: SIGNED_IN, input: () => ({ pageSize: 200 }), sees: HUBIN_READS },
    'operations.drills.get': { allowed: HUBIN_READS, input: (w) => ({ id: w.drillId }) },
    'operations.drills.schedule': {
      allowed: [],
      input: (w) => ({ planId: w.planId, dueOn: '2026-12-21' }),
      reread: drillsAsManager,
    },
    'operations.drills.evaluate': {
      allowed: [],
      input: (w) => ({ id: w.drillId, rating: 'FAIL', findings: '冒名问题', actions: '冒名措施' }),
      reread: drillsAsManager,
    },
    'operations.drills.figures': { allowed: SIGNED_IN, input: () => ({ year: 2026 }), sees: HUBIN_READS },
  },
});
