// The events runtime of one process: pg-boss on the process's pool, the outbox relays, the subscribers'
// workers and the scheduled jobs of every service the process hosts.
import type pg from 'pg';
import { createPool } from '@duda/db';
import PgBoss from 'pg-boss';
import { cronZone } from './cron-zone.ts';
import type { EventEnvelope } from './event.ts';
import { outboxCleanupJob, relayBatch } from './relay.ts';
import { repeat } from './repeat.ts';
import type { RetryPolicy, ScheduledJob, ServiceEvents, Subscription } from './service-events.ts';

/** pino's shape, so a service's logger fits. */
export interface EventsLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface StartEventsOptions {
  /** The process's pool, shared with its services; or `connectionString` for a small pool of its own. */
  pool?: pg.Pool;
  connectionString?: string;
  services: readonly ServiceEvents[];
  logger: EventsLogger;
  /** Seconds between looks at the outbox and at the queues (default 2; at least 0.5). */
  pollingSeconds?: number;
  /** Seconds between checks whether a schedule is due (default 30; 1 to 45). */
  scheduleCheckSeconds?: number;
  /** How long `stop` waits for handlers under way before pg-boss fails their jobs (ms; default 10,000). */
  stopWaitMs?: number;
}

export interface RunningEvents {
  stop(): Promise<void>;
}

/** pg-boss keeps its tables in its own schema of the same database. */
export const PG_BOSS_SCHEMA = 'pgboss';

const NAME = /^[a-z][a-z0-9-]*$/;

function queueName(service: string, name: string) {
  if (!NAME.test(service) || !NAME.test(name))
    throw new Error(`Queue names are lower-case words with hyphens: "${service}.${name}"`);
  return `${service}.${name}`;
}

const queueRetry = (retry: RetryPolicy) => ({
  retryLimit: retry.limit,
  retryDelay: retry.delaySeconds,
  retryBackoff: retry.backoff,
});

async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>) {
  await boss.createQueue(name, { name, ...options });
  // createQueue leaves an existing queue as it was; the declaration in code is the truth.
  await boss.updateQueue(name, { name, ...options });
}

/** How often a scheduled job's worker looks for a firing (at least the subscribers' polling interval). */
const JOB_POLLING_SECONDS = 5;

export async function startEvents(options: StartEventsOptions): Promise<RunningEvents> {
  const { logger, services } = options;
  // A gateway whose services all run elsewhere has nothing to run here.
  if (services.length === 0) return { stop: async () => {} };
  if (!options.pool && !options.connectionString)
    throw new Error('startEvents needs a pool or a connectionString');
  const ownPool = options.pool ? null : createPool(options.connectionString!, 4);
  const pool = (options.pool ?? ownPool)!;
  const pollingSeconds = Math.max(0.5, options.pollingSeconds ?? 2);
  const scheduleCheckSeconds = options.scheduleCheckSeconds ?? 30;
  // Once stopped, pg-boss's late bookkeeping (a handler that outlived the graceful wait settles its job without
  // awaiting it) is answered with an empty result, which pg-boss reads as "nothing affected", rather than sent
  // to a pool that may be ended: pg-boss already failed that job as it stopped.
  let stopped = false;
  const boss = new PgBoss({
    db: {
      executeSql: (text, values) =>
        stopped ? Promise.resolve({} as pg.QueryResult) : pool.query(text, values),
    },
    schema: PG_BOSS_SCHEMA,
    pollingIntervalSeconds: pollingSeconds,
    cronMonitorIntervalSeconds: scheduleCheckSeconds,
    cronWorkerIntervalSeconds: Math.max(1, Math.round(pollingSeconds)),
  });
  boss.on('error', (err) => logger.error({ err }, 'pg-boss failed'));

  const work = { includeMetadata: true as const, pollingIntervalSeconds: pollingSeconds, batchSize: 1 };
  // A schedule fires once a minute at most: its worker looks every few seconds, not every half second as the
  // subscribers do for live notifications (ADR 0019) — a dozen schedules polled at the subscribers' pace were
  // half of an idle gateway's queries. A run queued at start wakes its worker at once.
  const jobWork = { ...work, pollingIntervalSeconds: Math.max(pollingSeconds, JOB_POLLING_SECONDS) };
  const relays: { stop(): Promise<void> }[] = [];
  try {
    await oneProcessAtATime(pool, async () => {
      await boss.start();
      for (const service of services) {
        for (const subscription of service.subscriptions ?? [])
          await startSubscription(boss, queueName(service.service, subscription.name), subscription);
        const jobs = [
          ...(service.jobs ?? []),
          ...(service.outboxSchema ? [outboxCleanupJob(pool, service.outboxSchema)] : []),
        ];
        for (const job of jobs) await startJob(boss, queueName(service.service, job.name), job);
        await forgetRemovedQueues(pool, boss, service, jobs);
      }
    });
    // Subscriptions are registered before the first event is handed over, or it would reach nobody.
    for (const service of services) {
      const schema = service.outboxSchema;
      if (!schema) continue;
      relays.push(
        repeat(
          async () => (await relayBatch(pool, boss, schema)) > 0,
          pollingSeconds * 1000,
          (err) => logger.error({ err, schema }, 'outbox relay failed; retrying'),
        ),
      );
    }
  } catch (error) {
    await boss.stop({ graceful: false, close: false });
    await ownPool?.end();
    throw error;
  }

  async function startSubscription(boss: PgBoss, queue: string, subscription: Subscription) {
    await ensureQueue(boss, queue, queueRetry(subscription.retry));
    await boss.subscribe(subscription.eventType, queue);
    // pg-boss settles a batch as a whole when the handler returns; each event is failed on its own here,
    // so one failing event is retried alone and pg-boss then completes only the jobs still active.
    await boss.work<EventEnvelope>(queue, { ...work, batchSize: 20 }, async (jobs) => {
      for (const job of jobs) {
        const attempt = job.retryCount + 1;
        try {
          await subscription.deliver(job.data, { subscriber: queue, attempt });
        } catch (err) {
          const details = { err, queue, eventId: job.data.id, attempt };
          if (job.retryCount < job.retryLimit) logger.warn(details, 'subscriber failed; pg-boss retries it');
          else
            logger.error(details, 'subscriber failed for the last time; the event stays undelivered to it');
          await boss.fail(queue, job.id, err instanceof Error ? err : { message: String(err) });
        }
      }
    });
  }

  async function startJob(boss: PgBoss, queue: string, job: ScheduledJob) {
    // One run at a time: a run still going when the schedule fires again is not overtaken.
    await ensureQueue(boss, queue, { policy: 'singleton', ...queueRetry(job.retry) });
    await boss.schedule(queue, job.cron, {}, { tz: cronZone(job.timeZone) });
    const worker = await boss.work(queue, jobWork, async ([run]) => {
      if (!run) return;
      const attempt = run.retryCount + 1;
      try {
        await job.run({ id: run.id, firedAt: run.createdOn, attempt });
      } catch (err) {
        if (run.retryCount < run.retryLimit)
          logger.warn({ err, queue, attempt }, 'scheduled job failed; retried');
        else logger.error({ err, queue, attempt }, 'scheduled job failed for the last time this firing');
        throw err;
      }
    });
    // Queued like a firing: the singleton queue still runs it only when no other run of the job is active.
    if (job.runAtStart) {
      await boss.send(queue, {});
      boss.notifyWorker(worker);
    }
  }

  return {
    stop: async () => {
      await Promise.all(relays.map((r) => r.stop()));
      await boss.stop({ graceful: true, close: false, timeout: options.stopWaitMs ?? 10_000 });
      stopped = true;
      await ownPool?.end();
    },
  };
}

/**
 * Runs the set-up under a session advisory lock: pg-boss 10 deadlocks when two processes create queues at
 * the same moment (each attaches a partition to the job table), as gateway processes starting together do.
 */
async function oneProcessAtATime(pool: pg.Pool, setUp: () => Promise<void>) {
  const lock = await pool.connect();
  try {
    await lock.query("SELECT pg_advisory_lock(hashtext('duda.events.set-up'))");
    await setUp();
  } finally {
    const unlocked = await lock.query("SELECT pg_advisory_unlock(hashtext('duda.events.set-up'))").then(
      () => true,
      () => false,
    );
    // A connection that may still hold the lock is closed rather than pooled; closing it frees the lock.
    lock.release(!unlocked);
  }
}

/**
 * A subscriber or job removed from a service's code is forgotten at the next start: its queue goes, and
 * with it its subscriptions, its schedule and the jobs it still held.
 */
async function forgetRemovedQueues(
  pool: pg.Pool,
  boss: PgBoss,
  service: ServiceEvents,
  jobs: readonly ScheduledJob[],
) {
  const declared = new Set(
    [...(service.subscriptions ?? []), ...jobs].map((s) => queueName(service.service, s.name)),
  );
  for (const { name } of await boss.getQueues()) {
    if (!name.startsWith(`${service.service}.`) || declared.has(name)) continue;
    // pg-boss refuses to delete a queue that still holds jobs (its foreign key restricts), finished ones too.
    await pool.query(`DELETE FROM ${PG_BOSS_SCHEMA}.job WHERE name = $1`, [name]);
    await boss.deleteQueue(name);
  }
}
