// The KPI library, schemes and targets' rows of the authorization matrix. The world: the city supervisor (no probe
// caller) adds two KPIs with marked names and this month's schemes for clerks and hall managers. Everyone in the city
// reads the library and the schemes; only the city supervisor changes them; targets are allocated only by the lead
// directly above (none of the probe callers is 湖滨 clerk's); the clerk and a hall manager read and sign their own.
import { currentMonth } from '@duda/month';
import { defineAreaProbes, SIGNED_IN, type ProbeCaller } from '@duda/service-org/testing/authz-probes';

export interface LibraryWorld {
  month: string;
  kpiIds: string[];
  kpiNames: string[];
  clerkId: string;
}

/** Those measured by a scheme: a clerk and a hall manager. */
const scored = ['hubin.clerk', 'nanxing.mgr'] as const satisfies readonly ProbeCaller[];

export const libraryProbes = defineAreaProbes<LibraryWorld>({
  prefix: 'performance',
  async world(owners) {
    const tag = crypto.randomUUID().slice(0, 8);
    const sup = await owners('city.sup');
    const month = currentMonth(new Date());
    const kpiNames = [`矩阵满意率${tag}`, `矩阵团队建设${tag}`];
    const satisfaction = await sup.mutation<{ id: string }>('performance.kpis.create', {
      name: kpiNames[0],
      definition: '短信满意度调查中满意的比例',
      unit: '%',
      direction: 'HIGHER',
      target: 95,
      rule: { kind: 'LINEAR', floor: 80 },
      source: 'SATISFACTION_RATE',
    });
    const attitude = await sup.mutation<{ id: string }>('performance.kpis.create', {
      name: kpiNames[1],
      definition: '上级对团队建设和工作态度的评价',
      unit: '分',
      direction: 'HIGHER',
      target: 40,
      rule: { kind: 'MANUAL' },
      source: 'TEAM_ATTITUDE',
    });
    const lines = [
      { kpiId: satisfaction.id, weight: 60 },
      { kpiId: attitude.id, weight: 40 },
    ];
    for (const role of ['clerk', 'hall_manager'])
      await sup.mutation('performance.schemes.create', {
        role,
        name: `矩阵方案${tag}`,
        fromMonth: month,
        lines,
      });
    const [clerk] = await (
      await owners('hubin.mgr')
    ).query<{ id: string }[]>('org.people.search', { q: 'HZ10103' });
    return { month, kpiIds: [satisfaction.id, attitude.id], kpiNames, clerkId: clerk!.id };
  },
  secrets: (w) => w.kpiNames,
  probes: {
    'performance.kpis.list': { allowed: SIGNED_IN, input: () => ({}) },
    'performance.kpis.create': {
      allowed: [],
      input: () => ({
        name: '冒名指标',
        definition: '',
        unit: '件',
        direction: 'LOWER',
        target: 0,
        rule: { kind: 'DEDUCTION', perUnit: 2, cap: 10 },
        source: 'COMPLAINTS',
      }),
      reread: async (_w, owners) => (await owners('city.sup')).query('performance.kpis.list', {}),
    },
    'performance.kpis.update': {
      allowed: [],
      input: (w) => ({
        id: w.kpiIds[0],
        name: '冒名改名',
        definition: '',
        unit: '%',
        direction: 'HIGHER',
        target: 95,
        rule: { kind: 'LINEAR', floor: 80 },
        source: 'SATISFACTION_RATE',
      }),
      reread: async (_w, owners) => (await owners('city.sup')).query('performance.kpis.list', {}),
    },
    'performance.schemes.list': { allowed: SIGNED_IN, input: () => ({}) },
    'performance.schemes.inForce': { allowed: SIGNED_IN, input: (w) => ({ role: 'clerk', month: w.month }) },
    'performance.schemes.create': {
      allowed: [],
      input: (w) => ({
        role: 'clerk',
        name: '冒名方案',
        fromMonth: w.month,
        lines: [{ kpiId: w.kpiIds[0], weight: 100 }],
      }),
      reread: async (_w, owners) => (await owners('city.sup')).query('performance.schemes.list', {}),
    },
    'performance.targets.allocate': {
      allowed: [],
      input: (w) => ({ month: w.month, kpiId: w.kpiIds[0], subjectId: w.clerkId, target: 50 }),
      reread: async (w, owners) =>
        (await owners('hubin.clerk')).query('performance.targets.mine', { month: w.month }),
    },
    // Leads read the allocations to units in their scope (none of the world's); nobody else reads them.
    'performance.targets.list': {
      allowed: ['nanxing.mgr', 'xh.sup'],
      input: (w) => ({ month: w.month }),
    },
    'performance.targets.mine': { allowed: scored, input: (w) => ({ month: w.month }) },
    'performance.targets.acknowledge': { allowed: scored, input: (w) => ({ month: w.month }) },
  },
});
