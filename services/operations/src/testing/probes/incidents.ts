// The incidents' rows of the authorization matrix (the world of probes/plans.ts): 湖滨's clerk reads the incident
// and runs nothing of it; the district's acknowledgement is 上城区's supervisor's, none of the callers'.
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';
import { contingencySecrets, contingencyWorld, HUBIN_READS, type ContingencyWorld } from './plans.ts';

const incidentAsManager = async (w: ContingencyWorld, owners: Owners) =>
  (await owners('hubin.mgr')).query('operations.incidents.get', { id: w.incidentId });

export const incidentProbes = defineAreaProbes<ContingencyWorld>({
  prefix: 'operations',
  world: contingencyWorld,
  secrets: contingencySecrets,
  probes: {
    'operations.incidents.list': { allowed: SIGNED_IN, input: () => ({ pageSize: 200 }), sees: HUBIN_READS },
    'operations.incidents.get': { allowed: HUBIN_READS, input: (w) => ({ id: w.incidentId }) },
    'operations.incidents.start': {
      allowed: [],
      input: (w) => ({ planId: w.planId, mode: 'INCIDENT', level: 1 }),
      reread: async (w, owners) =>
        (await owners('hubin.mgr')).query('operations.incidents.list', { orgNodeId: w.hubinId }),
    },
    'operations.incidents.tick': {
      allowed: [],
      input: (w) => ({ id: w.incidentId, order: 1 }),
      reread: incidentAsManager,
    },
    'operations.incidents.uploadPhoto': {
      allowed: [],
      input: (w) => {
        const form = new FormData();
        form.set('incidentId', w.incidentId);
        form.set('file', new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10])], '矩阵照片.jpg'));
        return form;
      },
    },
    'operations.incidents.note': {
      allowed: [],
      input: (w) => ({ id: w.incidentId, text: '冒名记录' }),
      reread: incidentAsManager,
    },
    'operations.incidents.escalate': {
      allowed: [],
      input: (w) => ({ id: w.incidentId, level: 3 }),
      reread: incidentAsManager,
    },
    'operations.incidents.acknowledge': {
      allowed: [],
      input: (w) => ({ id: w.incidentId }),
      reread: incidentAsManager,
    },
    'operations.incidents.close': {
      allowed: [],
      input: (w) => ({ id: w.incidentId, review: '冒名复盘' }),
      reread: incidentAsManager,
    },
  },
});
