// The work log's and weekly report's rows of the authorization matrix (工作日志/周报): the manager of 湖滨 saves
// today's log and this week's plan with marked texts. Each person reads and writes only their own (the clerk,
// the other hall's manager and the other district's supervisor keep logs of their own; the trainer and HR none);
// supervisors read their scope's — the other hall's manager and the other district's supervisor may ask, and
// see nothing of 湖滨.
import { SIGNED_IN, defineAreaProbes, type Owners } from '@duda/service-org/testing/authz-probes';
import type { PortalService } from '../../module.ts';

export interface WorklogWorld {
  day: string;
  weekStart: string;
  issues: string;
  plan: string;
}

const WRITERS = ['hubin.clerk', 'nanxing.mgr', 'xh.sup'] as const;
const READERS = ['nanxing.mgr', 'xh.sup'] as const;

const manager = (owners: Owners) => owners('hubin.mgr');

export const worklogProbes = defineAreaProbes<WorklogWorld, PortalService>({
  prefix: 'portal.worklog',
  async world(owners) {
    const mgr = await manager(owners);
    const { day } = await mgr.query<{ day: string }>('portal.worklog.day', {});
    const { weekStart } = await mgr.query<{ weekStart: string }>('portal.worklog.week', {});
    const mark = crypto.randomUUID().slice(0, 8);
    const issues = `矩阵-日志-${mark}`;
    const plan = `矩阵-周计划-${mark}`;
    await mgr.mutation('portal.worklog.save', { day, entries: ['巡场'], floorMinutes: 240, issues });
    await mgr.mutation('portal.worklog.savePlan', { weekStart, plan });
    return { day, weekStart, issues, plan };
  },
  secrets: (w) => [w.issues, w.plan],
  probes: {
    'portal.worklog.day': { allowed: SIGNED_IN, input: (w) => ({ day: w.day }), sees: [] },
    'portal.worklog.save': {
      allowed: WRITERS,
      input: (w) => ({ day: w.day, entries: ['矩阵写入'], floorMinutes: 60, issues: '无' }),
      reread: async (w, owners) => (await manager(owners)).query('portal.worklog.day', { day: w.day }),
    },
    'portal.worklog.team': {
      allowed: READERS,
      input: (w) => ({ from: w.day, to: w.day }),
      sees: [],
    },
    'portal.worklog.week': { allowed: SIGNED_IN, input: (w) => ({ weekStart: w.weekStart }), sees: [] },
    'portal.worklog.savePlan': {
      allowed: WRITERS,
      input: (w) => ({ weekStart: w.weekStart, plan: '矩阵计划' }),
      reread: async (w, owners) =>
        (await manager(owners)).query('portal.worklog.week', { weekStart: w.weekStart }),
    },
    'portal.worklog.saveSummary': {
      allowed: WRITERS,
      input: (w) => ({ weekStart: w.weekStart, summary: '矩阵总结' }),
      reread: async (w, owners) =>
        (await manager(owners)).query('portal.worklog.week', { weekStart: w.weekStart }),
    },
    'portal.worklog.teamWeeks': {
      allowed: READERS,
      input: (w) => ({ from: w.weekStart, to: w.weekStart }),
      sees: [],
    },
  },
});
