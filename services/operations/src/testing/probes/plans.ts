// The contingency plans' rows of the authorization matrix, and the world the incidents' and drills' rows build too:
// the city supervisor's template (its title is the city's, read by every hall and district of the city), 湖滨's plan
// adopted from it and renamed (marked), an incident on it sent up to 上城区 with a marked note, a scheduled drill.
// 湖滨's clerk reads them all and changes nothing; 南星's manager, 西湖区's supervisor, the trainer and HR read none.
import { defineAreaProbes, SIGNED_IN, type Owners } from '@duda/service-org/testing/authz-probes';

export interface ContingencyWorld {
  hubinId: string;
  templateId: string;
  planId: string;
  incidentId: string;
  drillId: string;
  marks: string[];
}

interface Me {
  person: { orgNodeId: string };
}

export const HUBIN_READS = ['hubin.clerk'] as const;
/** The same city's halls and districts read its templates; the trainer and HR read no hall's plans. */
const CITY_READERS = ['hubin.clerk', 'nanxing.mgr', 'xh.sup'] as const;

export const planBody = (tag: string) => ({
  title: `矩阵预案${tag}`,
  activation: `矩阵启动条件${tag}`,
  escalateAt: 2,
  steps: [
    { text: '确认故障范围', role: 'duty_manager' },
    { text: '启动手工登记', role: 'clerk' },
  ],
  contacts: [{ name: 'IT 值班', phone: '0571-88001000', duty: '系统恢复' }],
});

export async function contingencyWorld(owners: Owners): Promise<ContingencyWorld> {
  const manager = await owners('hubin.mgr');
  const hubinId = (await manager.query<Me>('org.me')).person.orgNodeId;
  const tag = crypto.randomUUID().slice(0, 8);
  const template = await (
    await owners('city.sup')
  ).mutation<{ id: string }>('operations.plans.saveTemplate', {
    ...planBody(tag),
    title: `矩阵模板${tag}`,
    kind: 'SYSTEM_OUTAGE',
  });
  const plan = await manager.mutation<{ id: string }>('operations.plans.adopt', {
    templateId: template.id,
    orgNodeId: hubinId,
  });
  await manager.mutation('operations.plans.update', { id: plan.id, ...planBody(tag) });
  const incident = await manager.mutation<{ id: string }>('operations.incidents.start', {
    planId: plan.id,
    mode: 'INCIDENT',
    level: 2,
  });
  const note = `矩阵记录${tag}`;
  await manager.mutation('operations.incidents.note', { id: incident.id, text: note });
  const drill = await manager.mutation<{ id: string }>('operations.drills.schedule', {
    planId: plan.id,
    dueOn: '2026-12-20',
  });
  return {
    hubinId,
    templateId: template.id,
    planId: plan.id,
    incidentId: incident.id,
    drillId: drill.id,
    marks: [`矩阵预案${tag}`, `矩阵启动条件${tag}`, note],
  };
}

export const contingencySecrets = (w: ContingencyWorld) => [...w.marks, w.planId, w.incidentId, w.drillId];

const plansAsManager = async (w: ContingencyWorld, owners: Owners) =>
  (await owners('hubin.mgr')).query('operations.plans.list', { orgNodeId: w.hubinId });

export const planProbes = defineAreaProbes<ContingencyWorld>({
  prefix: 'operations',
  world: contingencyWorld,
  secrets: contingencySecrets,
  probes: {
    'operations.plans.templates': { allowed: SIGNED_IN, sees: CITY_READERS, secrets: (w) => [w.templateId] },
    'operations.plans.saveTemplate': {
      allowed: [],
      input: (w) => ({ ...planBody('冒名'), id: w.templateId, kind: 'CROWDING' }),
      reread: async (_w, owners) => (await owners('city.sup')).query('operations.plans.templates', {}),
    },
    'operations.plans.template': {
      allowed: CITY_READERS,
      input: (w) => ({ id: w.templateId }),
      secrets: (w) => [w.templateId],
    },
    'operations.plans.takeRevision': {
      allowed: [],
      input: (w) => ({ id: w.planId, revision: 1 }),
      reread: plansAsManager,
    },
    'operations.plans.list': { allowed: SIGNED_IN, input: () => ({}), sees: HUBIN_READS },
    'operations.plans.get': { allowed: HUBIN_READS, input: (w) => ({ id: w.planId }) },
    'operations.plans.adopt': {
      allowed: [],
      input: (w) => ({ templateId: w.templateId, orgNodeId: w.hubinId }),
      reread: plansAsManager,
    },
    'operations.plans.update': {
      allowed: [],
      input: (w) => ({ id: w.planId, ...planBody('冒名') }),
      reread: plansAsManager,
    },
  },
});
