// The monthly run, scorecards and the month's rows of the authorization matrix. The world (after the library's,
// whose schemes it runs): the city supervisor (no probe caller) runs this month, and 湖滨's manager (no probe caller)
// adjusts 湖滨 clerk's scorecard with a marked reason. The clerk reads and self-assesses her own scorecard, without
// the adjustments until she is assessed; managers and supervisors read their own units; HR reads signed-off months
// only (none yet) and alone exports; nobody among the callers runs, signs off, assesses or adjusts 湖滨's, nor reads
// the city's runs (the city supervisor's alone).
import { currentMonth } from '@duda/month';
import { defineAreaProbes, type Owners, type ProbeCaller } from '@duda/service-org/testing/authz-probes';
import type { PerformanceService } from '../../module.ts';
import { executeRun } from '../../scorecards/month-runs.ts';

export interface ScorecardsWorld {
  month: string;
  cardId: string;
  reason: string;
  runId: string;
}

/**
 * The city supervisor runs the month and waits for the run to end, as the page does: the gateway queues it, and a
 * run ending in the middle of the probes would change what their owners re-read. The matrix's gateway starts no
 * events runtime, so the world hands the queued run to the job's own handler (`executeRun`) as pg-boss would; the
 * job claims a run once, so this is harmless where a runtime does run.
 */
export async function runMonthToEnd(owners: Owners, month: string, service: unknown) {
  const sup = await owners('city.sup');
  const run = await sup.mutation<{ id: string; status: string }>('performance.months.run', { month });
  const deps = (service as PerformanceService | undefined)?.deps;
  if (deps) await executeRun(deps, run.id);
  for (let status = run.status, waited = 0; status === 'QUEUED' || status === 'RUNNING'; waited += 250) {
    if (waited > 180_000) throw new Error(`the month's run ${run.id} is still ${status} after three minutes`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    status = (await sup.query<{ status: string }>('performance.months.runStatus', { id: run.id })).status;
  }
  return run.id;
}

/** Everyone holding a scorecard scope: the clerk her own, managers and supervisors their units, HR signed-off months. */
const readers = ['hubin.clerk', 'nanxing.mgr', 'xh.sup', 'hr'] as const satisfies readonly ProbeCaller[];
const unitReaders = ['nanxing.mgr', 'xh.sup', 'hr'] as const satisfies readonly ProbeCaller[];

/** The adjustment's reason: not shown to the clerk before she is assessed, nor to anyone outside 湖滨. */
const adjustment = (w: ScorecardsWorld) => [w.reason];
const managerReads = async (w: ScorecardsWorld, owners: Owners) =>
  (await owners('hubin.mgr')).query('performance.scorecards.get', { id: w.cardId });
const monthAsCity = async (w: ScorecardsWorld, owners: Owners) =>
  (await owners('city.sup')).query('performance.months.get', { month: w.month });

export const scorecardsProbes = defineAreaProbes<ScorecardsWorld>({
  prefix: 'performance',
  async world(owners, service) {
    const month = currentMonth(new Date());
    const runId = await runMonthToEnd(owners, month, service);
    const manager = await owners('hubin.mgr');
    const cards = await manager.query<{ items: { id: string; staffNo: string }[] }>(
      'performance.scorecards.list',
      {
        month,
        pageSize: 50,
      },
    );
    const cardId = cards.items.find((card) => card.staffNo === 'HZ10103')!.id;
    const reason = `矩阵加减分${crypto.randomUUID().slice(0, 8)}`;
    await manager.mutation('performance.scorecards.adjust', { id: cardId, points: 1, reason });
    return { month, cardId, reason, runId };
  },
  secrets: (w) => [w.reason],
  probes: {
    // Her scorecard's lines name the library's KPIs, which everyone in the city reads: the reason is the secret.
    'performance.scorecards.list': {
      allowed: readers,
      sees: [],
      secrets: adjustment,
      input: (w) => ({ month: w.month }),
    },
    'performance.scorecards.get': {
      allowed: ['hubin.clerk'],
      sees: [],
      secrets: adjustment,
      input: (w) => ({ id: w.cardId }),
    },
    'performance.scorecards.selfAssess': {
      allowed: ['hubin.clerk'],
      sees: [],
      secrets: adjustment,
      input: (w) => ({ id: w.cardId, comment: '矩阵自评' }),
    },
    'performance.scorecards.assess': {
      allowed: [],
      input: (w) => ({ id: w.cardId, values: [], comment: '冒名评价' }),
      reread: managerReads,
    },
    'performance.scorecards.adjust': {
      allowed: [],
      input: (w) => ({ id: w.cardId, points: 5, reason: '冒名加分' }),
      reread: managerReads,
    },
    'performance.months.get': { allowed: unitReaders, input: (w) => ({ month: w.month }) },
    'performance.months.run': { allowed: [], input: (w) => ({ month: w.month }), reread: monthAsCity },
    'performance.months.runs': { allowed: [], input: (w) => ({ month: w.month }) },
    'performance.months.runStatus': { allowed: [], input: (w) => ({ id: w.runId }) },
    'performance.months.signOff': { allowed: [], input: (w) => ({ month: w.month }), reread: monthAsCity },
    // HR alone exports; this month is not signed off yet, which HR is told (a 409, not a refusal).
    'performance.months.export': { allowed: ['hr'], input: (w) => ({ month: w.month, format: 'csv' }) },
  },
});
