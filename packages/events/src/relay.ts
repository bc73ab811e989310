// The outbox relay: moves committed events from a service's outbox into pg-boss, which fans each out to
// the queue of every subscriber of its type. Several processes relay at once without handing an event
// over twice: each takes the rows it locks and skips rows another process holds.
import type pg from 'pg';
import type PgBoss from 'pg-boss';
import type { EventEnvelope, JsonValue } from './event.ts';
import { scheduleJob, type ScheduledJob } from './service-events.ts';

interface OutboxRow {
  id: string;
  type: string;
  payload: JsonValue;
  occurred_at: Date;
}

const outboxTable = (schema: string) => {
  if (!/^[a-z][a-z0-9_]*$/.test(schema)) throw new Error(`Invalid schema name "${schema}"`);
  return `"${schema}".outbox_event`;
};

/**
 * Hands one batch of unpublished events to pg-boss in one transaction: the jobs are inserted and the rows
 * marked published together, so an event is neither lost nor handed over twice. Returns how many it moved.
 */
export async function relayBatch(pool: pg.Pool, boss: PgBoss, schema: string, limit = 100): Promise<number> {
  const table = outboxTable(schema);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const { rows } = await client.query<OutboxRow>(
      `SELECT id, type, payload, occurred_at FROM ${table}
        WHERE published_at IS NULL ORDER BY occurred_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
    const db = { executeSql: (text: string, values: unknown[]) => client.query(text, values) };
    for (const row of rows) {
      const envelope: EventEnvelope = {
        id: row.id,
        type: row.type,
        occurredAt: row.occurred_at.toISOString(),
        payload: row.payload,
      };
      // publish() swallows a failed insert, but the failure aborts this transaction: the UPDATE below then
      // fails too and the batch rolls back. The event id as job id makes a repeated hand-over a no-op.
      await boss.publish(row.type, envelope, { db, id: row.id });
    }
    if (rows.length > 0)
      await client.query(`UPDATE ${table} SET published_at = now() WHERE id = ANY($1::uuid[])`, [
        rows.map((r) => r.id),
      ]);
    await client.query('COMMIT');
    return rows.length;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Published events are kept a week for inspection, then removed nightly (China time). */
export function outboxCleanupJob(pool: pg.Pool, schema: string, keepDays = 7): ScheduledJob {
  const table = outboxTable(schema);
  return scheduleJob('outbox-cleanup', '30 3 * * *', async () => {
    await pool.query(`DELETE FROM ${table} WHERE published_at < now() - make_interval(days => $1)`, [
      keepDays,
    ]);
  });
}
