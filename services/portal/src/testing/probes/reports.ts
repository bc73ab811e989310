// The hall monthly report's rows of the authorization matrix (表2): the manager of 湖滨 submits this month's report
// with a marked section. Only a hall's own manager writes its report (none of the six probe callers manages 湖滨);
// supervisors and hall managers read the submitted ones in their scope — the other hall's manager and the other
// district's supervisor may list theirs and see nothing of 湖滨; a single report only in scope.
import { SIGNED_IN, defineAreaProbes, type Owners } from '@duda/service-org/testing/authz-probes';
import type { PortalService } from '../../module.ts';

export interface ReportsWorld {
  hallId: string;
  month: string;
  text: string;
}

interface MyReports {
  month: string;
  halls: { hallId: string }[];
}

const manager = (owners: Owners) => owners('hubin.mgr');

export const reportsProbes = defineAreaProbes<ReportsWorld, PortalService>({
  prefix: 'portal.reports',
  async world(owners) {
    const mgr = await manager(owners);
    const mine = await mgr.query<MyReports>('portal.reports.mine', {});
    const hallId = mine.halls[0]!.hallId;
    const text = `矩阵-月报-${crypto.randomUUID().slice(0, 8)}`;
    const key = { hallId, month: mine.month };
    await mgr.mutation('portal.reports.prefill', key);
    await mgr.mutation('portal.reports.submit', { ...key, sections: { service: text } });
    return { ...key, text };
  },
  secrets: (w) => [w.text],
  probes: {
    'portal.reports.mine': { allowed: SIGNED_IN, input: (w) => ({ month: w.month }), sees: [] },
    'portal.reports.get': { allowed: [], input: (w) => ({ hallId: w.hallId, month: w.month }) },
    'portal.reports.prefill': {
      allowed: [],
      input: (w) => ({ hallId: w.hallId, month: w.month }),
      reread: async (w, owners) =>
        (await manager(owners)).query('portal.reports.get', { hallId: w.hallId, month: w.month }),
    },
    'portal.reports.save': {
      allowed: [],
      input: (w) => ({ hallId: w.hallId, month: w.month, sections: { service: '矩阵改写' } }),
      reread: async (w, owners) =>
        (await manager(owners)).query('portal.reports.get', { hallId: w.hallId, month: w.month }),
    },
    'portal.reports.submit': {
      allowed: [],
      input: (w) => ({ hallId: w.hallId, month: w.month, sections: { service: '矩阵提交' } }),
      reread: async (w, owners) =>
        (await manager(owners)).query('portal.reports.get', { hallId: w.hallId, month: w.month }),
    },
    'portal.reports.list': {
      allowed: ['nanxing.mgr', 'xh.sup'],
      input: (w) => ({ month: w.month }),
      sees: [],
    },
  },
});
