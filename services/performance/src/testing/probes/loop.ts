// The closed-loop board's row of the authorization matrix. The world: 湖滨's loop of this month as its manager (no
// probe caller) reads it. Supervisors and hall managers read their own halls' loops — 西湖's supervisor and 南星's
// manager get an answer without 湖滨 in it; the clerk, the trainer and HR supervise no hall and are refused.
import { currentMonth } from '@duda/month';
import { defineAreaProbes } from '@duda/service-org/testing/authz-probes';

export interface LoopWorld {
  month: string;
  hubinId: string;
}

export const loopProbes = defineAreaProbes<LoopWorld>({
  prefix: 'performance',
  async world(owners) {
    const month = currentMonth(new Date());
    const board = await (
      await owners('hubin.mgr')
    ).query<{ halls: { hallId: string }[] }>('performance.loop.month', { month });
    return { month, hubinId: board.halls[0]!.hallId };
  },
  secrets: (w) => [w.hubinId],
  probes: {
    'performance.loop.month': {
      allowed: ['nanxing.mgr', 'xh.sup'],
      sees: [],
      input: (w) => ({ month: w.month }),
    },
  },
});
