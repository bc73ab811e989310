// What a phase sets off and the gateway finishes afterwards: events in the services' outboxes not yet handed to
// pg-boss, and jobs queued or running (a submit's event reaches performance's and the portal's subscribers).
// The save rate stages wait until that is done, so they measure saves, not the submits' after-work.
import { performance } from 'node:perf_hooks';
import type { Pool } from '@duda/db';

async function pending(pool: Pool): Promise<{ events: number; jobs: number }> {
  const outboxes = await pool.query<{ schema: string }>(
    `SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'outbox_event'`,
  );
  let events = 0;
  for (const { schema } of outboxes.rows) {
    const { rows } = await pool.query<{ n: string }>(
      `SELECT count(*) AS n FROM "${schema}".outbox_event WHERE published_at IS NULL`,
    );
    events += Number(rows[0]!.n);
  }
  const { rows } = await pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM pgboss.job
     WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`,
  );
  return { events, jobs: Number(rows[0]!.n) };
}

/**
 * Resolves once nothing has been pending for two readings in a row (half a second apart), or after `maxSeconds`;
 * says how long it waited and what was left.
 */
export async function afterWorkDone(pool: Pool, maxSeconds: number): Promise<string> {
  const started = performance.now();
  let quiet = 0;
  let left = { events: 0, jobs: 0 };
  while (performance.now() - started < maxSeconds * 1000) {
    left = await pending(pool);
    quiet = left.events + left.jobs === 0 ? quiet + 1 : 0;
    if (quiet === 2) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const waited = ((performance.now() - started) / 1000).toFixed(1);
  return quiet === 2
    ? `done after ${waited} s`
    : `still ${left.events} events and ${left.jobs} jobs pending after ${waited} s`;
}
