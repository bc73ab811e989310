// The monthly run as a recorded job (#11 item 3). `performance.months.run` records a run (QUEUED) and hands it to the
// service's pg-boss subscriber through the outbox, in one transaction, and answers at once; a run of the city month
// already queued or running is answered instead of starting a second. The job marks it RUNNING, computes the month
// as the caller who asked (ADR 0005, as the nightly job does), stores its stages as they pass (throttled: a few
// writes a second at most, never one per scorecard) and ends SUCCEEDED with its counts or FAILED with the reason's
// code — the area's own refusal when there is one (已签发, 无权…), else `performance.monthRuns.failed` — never a
// stack trace. A failed run wrote nothing: the scorecards are saved in one transaction at the end.
//
// A process that dies mid-run leaves the run RUNNING; its heartbeat stops. On every start, and every five minutes,
// a RUNNING run whose heartbeat is older than two minutes is marked FAILED as interrupted (not re-queued: the
// supervisor sees why and presses 重新运行, and the nightly job recomputes open months anyway).
import { can, type Actor } from '@duda/authz';
import { isAppError } from '@duda/contract-kit';
import {
  monthRunErrors,
  scorecardsErrors,
  type MonthRunFailure,
  type MonthRunSource,
  type MonthRunStage,
  type MonthRunStageTimes,
  type MonthRunTrigger,
} from '@duda/contract-performance';
import { defineEvent, recordEvent, scheduleJob, subscribe } from '@duda/events';
import { assertCan } from '@duda/service-kit';
import { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import type { MonthRun, Prisma } from '../generated/prisma/client.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import { jobCaller, kept } from './caller.ts';
import type { RunProgress } from './run-progress.ts';
import { runMonth } from './run.ts';

export const monthRunRequested = defineEvent(
  'performance.month-run.requested',
  z.object({ runId: z.uuid() }),
);

/** At most one progress write in this many milliseconds (a stage starting is written at once). */
const PROGRESS_EVERY_MS = 500;
/** The running job touches its run this often… */
const HEARTBEAT_MS = 15_000;
/** …and a RUNNING run not touched for this long was cut off. */
const INTERRUPTED_AFTER_MS = 120_000;

type Tx = Prisma.TransactionClient;

/**
 * A run's own times say how long it took and whether it is still alive: the wall clock, not the business clock
 * (`deps.now`, the China day the month's rules read, which tests hold still).
 */
const clock = () => new Date();

/** A run as the page shows it: status, stage, each stage's times, the sources, the counts, the failure. */
export function runView(run: MonthRun) {
  return {
    id: run.id,
    month: run.month,
    trigger: run.trigger,
    status: run.status,
    stage: run.stage,
    requestedByName: run.requestedByName,
    stages: run.stages as unknown as MonthRunStageTimes[],
    sources: run.sources as unknown as { source: MonthRunSource; done: boolean }[],
    scorecards: run.scorecards,
    written: run.written,
    createdAt: run.createdAt,
    startedAt: run.startedAt,
    finishedAt: run.finishedAt,
    failure: run.errorCode
      ? ({
          code: run.errorCode,
          params: (run.errorParams ?? {}) as MonthRunFailure['params'],
          message: run.errorMessage ?? '',
        } satisfies MonthRunFailure)
      : null,
  };
}

/**
 * Records a run of a city month unless one is queued or running (then that one is returned), under a lock of the
 * city month's runs so two presses at once make one run. `queue`: its event goes to the outbox with it.
 */
async function recordRun(
  deps: PerformanceDeps,
  run: {
    cityId: string;
    month: string;
    trigger: MonthRunTrigger;
    actor: Actor;
    requestedBy: Actor | null;
    queue: boolean;
  },
) {
  return deps.prisma.$transaction(async (tx: Tx) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(hashtext(${`performance-run:${run.cityId}:${run.month}`}))::text AS locked`;
    const month = await tx.performanceMonth.findUnique({
      where: { cityId_month: { cityId: run.cityId, month: run.month } },
    });
    if (month?.status === 'SIGNED_OFF') throw scorecardsErrors.monthClosed({ month: run.month });
    const going = await tx.monthRun.findFirst({
      where: { cityId: run.cityId, month: run.month, status: { in: ['QUEUED', 'RUNNING'] } },
      orderBy: { createdAt: 'desc' },
    });
    if (going) return { run: going, alreadyRunning: true };
    const created = await tx.monthRun.create({
      data: {
        cityId: run.cityId,
        month: run.month,
        trigger: run.trigger,
        requestedById: run.requestedBy?.personId ?? null,
        requestedByName: run.requestedBy?.name ?? null,
        runAs: kept(run.actor) as unknown as Prisma.InputJsonValue,
        createdAt: clock(),
      },
    });
    if (run.queue) await recordEvent(tx, monthRunRequested, { runId: created.id });
    return { run: created, alreadyRunning: false };
  });
}

/**
 * `performance.months.run`: the city supervisor asks for an open month's run. Refused as before (无权, 已签发);
 * otherwise the run, queued (or, where the service computes runs within the request — tests, see module.ts —
 * already ended), and whether it was one already under way.
 */
export async function requestRun(deps: PerformanceDeps, ctx: Ctx, month: string) {
  const city = await cityOf(deps.org, ctx);
  assertCan(ctx.actor, 'performance.month.run', { orgNodeId: city.id }, scorecardsErrors.runDenied);
  const { run, alreadyRunning } = await recordRun(deps, {
    cityId: city.id,
    month,
    trigger: 'MANUAL',
    actor: ctx.actor,
    requestedBy: ctx.actor,
    queue: deps.monthRuns === 'queue',
  });
  if (alreadyRunning || deps.monthRuns === 'queue') return { ...runView(run), alreadyRunning };
  await executeRun(deps, run.id);
  return {
    ...runView(await deps.prisma.monthRun.findUniqueOrThrow({ where: { id: run.id } })),
    alreadyRunning,
  };
}

/** The nightly job's run of an open month, as the caller kept for it; nothing when one is under way already. */
export async function nightlyRun(
  deps: PerformanceDeps,
  month: { cityId: string; month: string; runAs: Actor },
) {
  const { run, alreadyRunning } = await recordRun(deps, {
    ...month,
    trigger: 'NIGHTLY',
    actor: month.runAs,
    requestedBy: null,
    queue: false,
  });
  if (!alreadyRunning) await executeRun(deps, run.id);
}

/** The progress the job stores: stage changes at once, the rest at most every PROGRESS_EVERY_MS. */
function storedProgress(deps: PerformanceDeps, runId: string, ctx: Ctx) {
  const state = {
    stage: null as MonthRunStage | null,
    stages: [] as MonthRunStageTimes[],
    sources: [] as { source: MonthRunSource; done: boolean }[],
    scorecards: null as number | null,
    written: null as number | null,
  };
  let writes: Promise<unknown> = Promise.resolve();
  let savedAt = 0;
  let unsaved = false;
  // Once the run has ended, a source that answers late (the run failed on another) changes nothing.
  let settled = false;
  const save = (now: boolean) => {
    if (settled) return;
    unsaved = true;
    if (!now && Date.now() - savedAt < PROGRESS_EVERY_MS) return;
    savedAt = Date.now();
    unsaved = false;
    const data = {
      stage: state.stage,
      stages: structuredClone(state.stages) as unknown as Prisma.InputJsonValue,
      sources: structuredClone(state.sources) as unknown as Prisma.InputJsonValue,
      scorecards: state.scorecards,
      written: state.written,
      heartbeatAt: clock(),
    };
    // One after the other, so an older snapshot never lands after a newer one; a lost progress write is only logged.
    writes = writes
      .then(() => deps.prisma.monthRun.update({ where: { id: runId }, data }))
      .catch((err: unknown) => ctx.log.warn({ err, runId }, 'monthly run progress not stored'));
  };
  const enter = (stage: MonthRunStage) => {
    const at = clock().toISOString();
    const current = state.stages.at(-1);
    if (current && !current.finishedAt) current.finishedAt = at;
    state.stage = stage;
    state.stages.push({ stage, startedAt: at, finishedAt: null });
  };
  const progress: RunProgress = {
    pulling: (sources) => {
      enter('PULLING');
      state.sources = sources.map((source) => ({ source, done: false }));
      save(true);
    },
    pulled: (source) => {
      const entry = state.sources.find((s) => s.source === source);
      if (entry) entry.done = true;
      save(false);
    },
    computing: () => {
      enter('COMPUTING');
      save(true);
    },
    writing: (written, total) => {
      if (state.stage !== 'WRITING') {
        enter('WRITING');
        state.scorecards = total;
        state.written = written;
        save(true);
        return;
      }
      state.written = written;
      save(false);
    },
  };
  return {
    progress,
    /** The last stage ends (when `ended`), and every unsaved change is written: the run's final update follows. */
    settle: async (ended: boolean) => {
      const current = state.stages.at(-1);
      if (ended && current && !current.finishedAt) current.finishedAt = clock().toISOString();
      if (unsaved || ended) save(true);
      settled = true;
      await writes;
      return state;
    },
  };
}

const failureOf = (error: unknown) => {
  const known = isAppError(error) ? error : monthRunErrors.failed();
  return {
    errorCode: known.code,
    errorParams: JSON.parse(JSON.stringify(known.params)) as Prisma.InputJsonValue,
    errorMessage: known.message,
  };
};

/**
 * The job: runs a queued run once. A repeated delivery, or a run another process took or that ended, changes
 * nothing (QUEUED → RUNNING is the claim).
 */
export async function executeRun(deps: PerformanceDeps, runId: string) {
  const claimed = await deps.prisma.monthRun.updateMany({
    where: { id: runId, status: 'QUEUED' },
    data: { status: 'RUNNING', startedAt: clock(), heartbeatAt: clock() },
  });
  if (claimed.count === 0) return;
  const run = await deps.prisma.monthRun.findUniqueOrThrow({ where: { id: runId } });
  const ctx = jobCaller(run.runAs as unknown as Actor, `performance-month-run-${runId}`);
  const stored = storedProgress(deps, runId, ctx);
  const heartbeat = setInterval(() => {
    deps.prisma.monthRun
      .update({ where: { id: runId }, data: { heartbeatAt: clock() } })
      .catch((err: unknown) => ctx.log.warn({ err, runId }, 'monthly run heartbeat not stored'));
  }, HEARTBEAT_MS);
  heartbeat.unref();
  try {
    const result = await runMonth(deps, ctx, run.month, stored.progress);
    await stored.settle(true);
    await deps.prisma.monthRun.update({
      where: { id: runId },
      data: {
        status: 'SUCCEEDED',
        scorecards: result.scorecards,
        written: result.scorecards,
        finishedAt: clock(),
      },
    });
  } catch (error) {
    ctx.log.error({ err: error, runId, month: run.month }, 'monthly run failed');
    await stored.settle(false);
    await deps.prisma.monthRun.update({
      where: { id: runId },
      data: { status: 'FAILED', finishedAt: clock(), ...failureOf(error) },
    });
  } finally {
    clearInterval(heartbeat);
  }
}

/** Runs cut off by a process that died: RUNNING with a heartbeat older than two minutes. Returns how many. */
export async function failInterruptedRuns(deps: PerformanceDeps) {
  const now = clock();
  const interrupted = monthRunErrors.interrupted();
  const { count } = await deps.prisma.monthRun.updateMany({
    where: { status: 'RUNNING', heartbeatAt: { lt: new Date(now.getTime() - INTERRUPTED_AFTER_MS) } },
    data: {
      status: 'FAILED',
      finishedAt: now,
      errorCode: interrupted.code,
      errorParams: {},
      errorMessage: interrupted.message,
    },
  });
  return count;
}

/** Whose runs a caller reads: the city supervisor's of their city (the right to run it), no one else's. */
async function runsCity(deps: PerformanceDeps, ctx: Ctx) {
  const city = await cityOf(deps.org, ctx);
  assertCan(ctx.actor, 'performance.month.run', { orgNodeId: city.id }, scorecardsErrors.runDenied);
  return city;
}

/** `performance.months.runs`: a city month's latest runs, newest first. */
export async function monthRuns(deps: PerformanceDeps, ctx: Ctx, input: { month: string; limit: number }) {
  const city = await runsCity(deps, ctx);
  const runs = await deps.prisma.monthRun.findMany({
    where: { cityId: city.id, month: input.month },
    orderBy: { createdAt: 'desc' },
    take: input.limit,
  });
  return runs.map(runView);
}

/** `performance.months.runStatus`: one run; another city's, or one the caller may not run, is "not found". */
export async function runStatus(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const run = await deps.prisma.monthRun.findUnique({ where: { id } });
  if (!run || !can(ctx.actor, 'performance.month.run', { orgNodeId: run.cityId }))
    throw monthRunErrors.notFound();
  return runView(run);
}

export const monthRunSubscription = (deps: PerformanceDeps) =>
  subscribe(monthRunRequested, 'run-month', (event) => executeRun(deps, event.payload.runId));

export const interruptedRunsJob = (deps: PerformanceDeps) =>
  scheduleJob(
    'fail-interrupted-runs',
    '*/5 * * * *',
    async () => {
      await failInterruptedRuns(deps);
    },
    { runAtStart: true },
  );
