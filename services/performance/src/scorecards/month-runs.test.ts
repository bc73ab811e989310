// The monthly run as a recorded job, on real databases (performance beside real inspection and training): queued once
// however often it is asked for, run by its pg-boss subscriber with its stages and counts, failed with a readable
// reason and nothing written, interrupted runs found, the nightly run recorded, and who may read runs.
import type { EventEnvelope, JsonObject } from '@duda/events';
import type { ServiceClient } from '@duda/service-kit';
import { submitVisit } from '@duda/service-inspection/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PerformanceDeps } from '../deps.ts';
import type { Ctx } from '../ports/org-directory.ts';
import { rerunOpenMonths } from './month-job.ts';
import { failInterruptedRuns, monthRunSubscription, requestRun } from './month-runs.ts';
import { runFixture, type RunFixture } from './test-support.ts';

let f: RunFixture;
let queued: PerformanceDeps;
const MONTH = '2026-11';

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { cause?: { code?: string }; code?: string }) => error.cause?.code ?? error.code ?? String(error),
  );
const supervisor = async () =>
  ({ ...(await f.inspection.contextOf('city.sup')), passwordChangeRequired: false }) as Ctx;

/** The run's event as the outbox holds it, delivered to the service's subscriber as pg-boss would. */
async function deliverRun(runId: string, deps: PerformanceDeps = queued) {
  const { rows } = await f.performanceDb.pool.query<{ id: string; payload: JsonObject; occurred_at: Date }>(
    `SELECT id, payload, occurred_at FROM performance.outbox_event
      WHERE type = 'performance.month-run.requested' AND payload->>'runId' = $1`,
    [runId],
  );
  expect(rows).toHaveLength(1);
  const envelope: EventEnvelope = {
    id: rows[0]!.id,
    type: 'performance.month-run.requested',
    occurredAt: rows[0]!.occurred_at.toISOString(),
    payload: rows[0]!.payload,
  };
  await monthRunSubscription(deps).deliver(envelope, { subscriber: 'performance.run-month', attempt: 1 });
}

const scorecardsNow = () =>
  f.performance.prisma.scorecard.findMany({
    where: { month: MONTH },
    include: { lines: true },
    orderBy: { personId: 'asc' },
  });

beforeAll(async () => {
  f = await runFixture();
  queued = { ...f.performance.deps, monthRuns: 'queue' };
  await submitVisit(f.inspection, 'sc.sup', f.inspection.hall('HZ-SC-01').id, { A01: '台面杂物' });
  const sup = await f.as('city.sup');
  const inspectionKpi = await sup.kpis.create({
    name: '营业厅检查得分',
    definition: '营业厅检查得分',
    unit: '分',
    direction: 'HIGHER',
    target: 100,
    rule: { kind: 'LINEAR', floor: 60 },
    source: 'HALL_INSPECTION_SCORE',
  } as never);
  const attitude = await sup.kpis.create({
    name: '工作态度',
    definition: '工作态度',
    unit: '分',
    direction: 'HIGHER',
    target: 20,
    rule: { kind: 'MANUAL' },
    source: 'TEAM_ATTITUDE',
  } as never);
  const lines = [
    { kpiId: inspectionKpi.id, weight: 60 },
    { kpiId: attitude.id, weight: 40 },
  ];
  for (const role of ['clerk', 'hall_manager'] as const)
    await sup.schemes.create({ role, name: `${role} 方案`, fromMonth: MONTH, lines });
}, 120_000);
afterAll(() => f.close());

describe('a run asked for from the page', () => {
  let runId: string;

  it('is recorded and queued at once; asking again while it waits answers the same run', async () => {
    const first = await requestRun(queued, await supervisor(), MONTH);
    expect(first).toMatchObject({
      status: 'QUEUED',
      trigger: 'MANUAL',
      requestedByName: '周敏',
      stage: null,
      alreadyRunning: false,
    });
    const again = await requestRun(queued, await supervisor(), MONTH);
    expect([again.id, again.status, again.alreadyRunning]).toEqual([first.id, 'QUEUED', true]);
    expect(await f.performance.prisma.monthRun.count({ where: { month: MONTH } })).toBe(1);
    expect(await scorecardsNow()).toEqual([]);
    runId = first.id;
  });

  it('runs once as its job: every stage with its times, the sources, and the scorecards counted', async () => {
    await deliverRun(runId);
    const run = await (await f.as('city.sup')).months.runStatus({ id: runId });
    // 5 hall managers and 2 clerks in the small organisation.
    expect(run).toMatchObject({
      status: 'SUCCEEDED',
      stage: 'WRITING',
      scorecards: 7,
      written: 7,
      failure: null,
    });
    expect(run.stages.map((s) => s.stage)).toEqual(['PULLING', 'COMPUTING', 'WRITING']);
    for (const stage of run.stages) expect(stage.finishedAt! >= stage.startedAt).toBe(true);
    expect(run.sources).toEqual([
      { source: 'ORG', done: true },
      { source: 'INSPECTION', done: true },
    ]);
    expect(run.startedAt).not.toBeNull();
    expect(run.finishedAt).not.toBeNull();
    expect(await scorecardsNow()).toHaveLength(7);
    // The month keeps the caller for the nightly job, as a run from the page always did.
    const month = await f.performance.prisma.performanceMonth.findFirstOrThrow({ where: { month: MONTH } });
    expect([month.runById, month.lastRunAt]).not.toContain(null);
  });

  it('a repeated delivery of the event changes nothing', async () => {
    const before = await f.performance.prisma.monthRun.findUniqueOrThrow({ where: { id: runId } });
    await deliverRun(runId);
    expect(await f.performance.prisma.monthRun.findUniqueOrThrow({ where: { id: runId } })).toEqual(before);
  });

  it('a run that fails records the reason readably and leaves the scorecards as they were', async () => {
    const before = await scorecardsNow();
    const down = {
      ...queued,
      inspection: {
        query: () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.9:3000')),
      } as unknown as ServiceClient,
    };
    const asked = await requestRun(down, await supervisor(), MONTH);
    expect(asked.alreadyRunning).toBe(false);
    await deliverRun(asked.id, down);
    const run = await (await f.as('city.sup')).months.runStatus({ id: asked.id });
    expect(run.status).toBe('FAILED');
    expect(run.failure).toEqual({
      code: 'performance.monthRuns.failed',
      params: {},
      message: '计算未完成：取数或保存时出错，已有考核表未改动。请稍后重新运行',
    });
    // Failed while pulling: that stage never ended, the others never began.
    expect(run.stages).toEqual([expect.objectContaining({ stage: 'PULLING', finishedAt: null })]);
    expect(JSON.stringify(run)).not.toContain('ECONNREFUSED');
    expect(await scorecardsNow()).toEqual(before);
  });

  it('a month signed off between the press and the job fails with the area’s own reason', async () => {
    const asked = await requestRun(queued, await supervisor(), MONTH);
    await f.performance.prisma.performanceMonth.updateMany({
      where: { month: MONTH },
      data: { status: 'SIGNED_OFF' },
    });
    try {
      await deliverRun(asked.id);
      const run = await f.performance.prisma.monthRun.findUniqueOrThrow({ where: { id: asked.id } });
      expect([run.status, run.errorCode, run.errorParams]).toEqual([
        'FAILED',
        'performance.scorecards.monthClosed',
        { month: MONTH },
      ]);
      // And a new press is refused outright, as before.
      expect(await codeOf(requestRun(queued, await supervisor(), MONTH))).toBe(
        'performance.scorecards.monthClosed',
      );
    } finally {
      await f.performance.prisma.performanceMonth.updateMany({
        where: { month: MONTH },
        data: { status: 'OPEN' },
      });
    }
  });
});

describe('runs cut off, the nightly run, and who reads runs', () => {
  it('on start, a running run whose heartbeat stopped is failed as interrupted; a live one is left', async () => {
    const template = await f.performance.prisma.monthRun.findFirstOrThrow({ where: { month: MONTH } });
    const now = Date.now();
    const make = (heartbeatAgoMs: number) =>
      f.performance.prisma.monthRun.create({
        data: {
          cityId: template.cityId,
          month: '2026-10',
          trigger: 'MANUAL',
          runAs: template.runAs as object,
          status: 'RUNNING',
          stage: 'COMPUTING',
          startedAt: new Date(now - heartbeatAgoMs),
          heartbeatAt: new Date(now - heartbeatAgoMs),
        },
      });
    const dead = await make(10 * 60_000);
    const live = await make(5_000);
    expect(await failInterruptedRuns(f.performance.deps)).toBe(1);
    const [deadNow, liveNow] = await Promise.all(
      [dead, live].map((run) => f.performance.prisma.monthRun.findUniqueOrThrow({ where: { id: run.id } })),
    );
    expect([deadNow!.status, deadNow!.errorCode, deadNow!.errorMessage]).toEqual([
      'FAILED',
      'performance.monthRuns.interrupted',
      '计算被中断（服务重启），已有考核表未改动。请重新运行',
    ]);
    expect(liveNow!.status).toBe('RUNNING');
    await f.performance.prisma.monthRun.deleteMany({ where: { month: '2026-10' } });
  });

  it('the nightly job records its run of each open month, by no one, as the supervisor who ran it', async () => {
    expect(await rerunOpenMonths(f.performance.deps)).toBe(1);
    const [nightly] = await (await f.as('city.sup')).months.runs({ month: MONTH, limit: 10 });
    expect(nightly).toMatchObject({
      trigger: 'NIGHTLY',
      requestedByName: null,
      status: 'SUCCEEDED',
      scorecards: 7,
    });
  });

  it('the city supervisor reads the month’s runs newest first; nobody else reads them', async () => {
    const runs = await (await f.as('city.sup')).months.runs({ month: MONTH, limit: 10 });
    expect(runs.map((r) => r.status)).toEqual(['SUCCEEDED', 'FAILED', 'FAILED', 'SUCCEEDED']);
    const district = await f.as('sc.sup');
    expect(await codeOf(district.months.runs({ month: MONTH, limit: 10 }))).toBe(
      'performance.scorecards.runDenied',
    );
    expect(await codeOf(district.months.runStatus({ id: runs[0]!.id }))).toBe(
      'performance.monthRuns.notFound',
    );
  });

  it('where runs are computed within the request, the procedure answers with the run ended', async () => {
    const run = await (await f.as('city.sup')).months.run({ month: MONTH });
    expect(run).toMatchObject({ status: 'SUCCEEDED', scorecards: 7, alreadyRunning: false });
  });
});
