// The quarter and year roll-ups' rows of the authorization matrix. The world: 湖滨's clerk's person id, as her
// manager (no probe caller) reads it from this month's scorecards. Roll-ups read the scorecards' scope and only
// signed-off months: the clerk her own, managers and supervisors their units, HR all (and HR alone exports); the
// trainer reads none. No
// month of the world is signed off, so the clerk's own roll-up answers "not found" to her too — and to everyone else.
import { currentMonth, yearAndMonthOf } from '@duda/month';
import { defineAreaProbes } from '@duda/service-org/testing/authz-probes';

export interface RollupsWorld {
  year: number;
  clerkId: string;
}

export const rollupsProbes = defineAreaProbes<RollupsWorld>({
  prefix: 'performance',
  async world(owners) {
    const month = currentMonth(new Date());
    const cards = await (
      await owners('hubin.mgr')
    ).query<{ items: { personId: string; staffNo: string }[] }>('performance.scorecards.list', {
      month,
      pageSize: 50,
    });
    return {
      year: yearAndMonthOf(month).year,
      clerkId: cards.items.find((card) => card.staffNo === 'HZ10103')!.personId,
    };
  },
  secrets: () => [],
  probes: {
    'performance.rollups.list': {
      allowed: ['hubin.clerk', 'nanxing.mgr', 'xh.sup', 'hr'],
      input: (w) => ({ year: w.year, period: 'YEAR' }),
    },
    'performance.rollups.get': {
      allowed: ['hubin.clerk'],
      input: (w) => ({ year: w.year, period: 'YEAR', personId: w.clerkId }),
    },
    // HR alone exports, as it alone exports a month.
    'performance.rollups.export': {
      allowed: ['hr'],
      input: (w) => ({ year: w.year, period: 'YEAR' }),
    },
  },
});
