// What a phase of the bench cost PostgreSQL, in figures that do not depend on the machine's load: statements
// (round trips) and commits per request, WAL bytes and full-page images, rows written, MultiXacts made (FOR SHARE
// locks two transactions hold at once), checkpoints, and the CPU time of the server's processes. Needs a superuser
// connection to a server on this machine (the bench's embedded one): pg_stat_statements is loaded at its start.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Pool } from '@duda/db';

export interface DbSnapshot {
  commits: number;
  rollbacks: number;
  inserted: number;
  updated: number;
  walRecords: number;
  walFpi: number;
  walBytes: number;
  nextMulti: number;
  checkpoints: number;
  checkpointWriteMs: number;
  checkpointSyncMs: number;
  cpuMs: number;
  /** Where the WAL stood (pg_walinspect reads the records in between). */
  lsn: string;
}

/** The settings the figures need, for the server's start (`-c` flags). */
export const FIGURE_SETTINGS = {
  shared_preload_libraries: 'pg_stat_statements',
  'pg_stat_statements.track_utility': 'on',
  log_checkpoints: 'on',
  // The timeline's WAL figures (server-background.ts): time spent initialising WAL segments and in WAL fsyncs.
  track_wal_io_timing: 'on',
  // The phase's WAL is read back after its closing checkpoint, which would otherwise recycle it.
  wal_keep_size: '1GB',
};

/** CPU time (user + system, ms) of the postmaster and every process it started. */
function serverCpuMs(dataDir: string): number {
  const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(entry) === postmaster || Number(fields[1]) === postmaster)
        total += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // The process ended while being read.
    }
  }
  return total;
}

/**
 * `snapshot('start')` checkpoints first, `snapshot('end')` last: the MultiXact counter is read from the last
 * checkpoint, and the phase's own checkpoints are counted without the bench's.
 */
export async function prepareFigures(pool: Pool): Promise<(at: 'start' | 'end') => Promise<DbSnapshot>> {
  await pool.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  await pool.query('CREATE EXTENSION IF NOT EXISTS pg_walinspect');
  const dataDir = (await pool.query<{ data_directory: string }>('SHOW data_directory')).rows[0]!
    .data_directory;
  const nextMulti = async () =>
    Number(
      (await pool.query<{ m: string }>('SELECT (pg_control_checkpoint()).next_multixact_id AS m')).rows[0]!.m,
    );
  return async (at) => {
    if (at === 'start') await pool.query('CHECKPOINT');
    // The statistics of other backends reach the shared counters within a second of their last transaction.
    await new Promise((r) => setTimeout(r, 1200));
    const { rows } = await pool.query<Record<string, string>>(`
      SELECT d.xact_commit AS commits, d.xact_rollback AS rollbacks, d.tup_inserted AS inserted,
             d.tup_updated AS updated, w.wal_records AS "walRecords", w.wal_fpi AS "walFpi",
             w.wal_bytes AS "walBytes",
             c.num_timed + c.num_requested AS checkpoints, c.write_time AS "checkpointWriteMs",
             c.sync_time AS "checkpointSyncMs"
      FROM pg_stat_database d, pg_stat_wal w, pg_stat_checkpointer c
      WHERE d.datname = current_database()`);
    const counters = Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
    const cpuMs = serverCpuMs(dataDir);
    const lsn = (await pool.query<{ lsn: string }>('SELECT pg_current_wal_lsn()::text AS lsn')).rows[0]!.lsn;
    if (at === 'end') await pool.query('CHECKPOINT');
    const rest = counters as Omit<DbSnapshot, 'cpuMs' | 'nextMulti' | 'lsn'>;
    return { ...rest, cpuMs, lsn, nextMulti: await nextMulti() };
  };
}

/** The statements of one phase, most called first: reset before it, read after. */
export async function resetStatements(pool: Pool) {
  await pool.query('SELECT pg_stat_statements_reset()');
}

export async function topStatements(pool: Pool, limit = 14) {
  const { rows } = await pool.query<{ calls: string; mean: number; query: string }>(
    `SELECT calls, mean_exec_time AS mean, regexp_replace(query, '\\s+', ' ', 'g') AS query
     FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
       AND query NOT LIKE '%pg_stat_%' AND query NOT LIKE '%pg_control_checkpoint%'
     ORDER BY calls DESC LIMIT $1`,
    [limit],
  );
  return rows.map((r) => ({ calls: Number(r.calls), mean: r.mean, query: r.query }));
}

/**
 * Prints what one phase of `requests` requests cost the server, per request. A CHECKPOINT before the phase's
 * first snapshot makes full-page images and the MultiXact counter comparable between runs.
 */
export async function printPhase(
  pool: Pool,
  what: string,
  requests: number,
  before: DbSnapshot,
  after: DbSnapshot,
) {
  const per = (key: Exclude<keyof DbSnapshot, 'lsn'>, digits = 2) =>
    ((after[key] - before[key]) / requests).toFixed(digits);
  const statements = await topStatements(pool);
  const calls = (
    await pool.query<{ calls: string }>(
      `SELECT coalesce(sum(calls), 0) AS calls FROM pg_stat_statements
       WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
         AND query NOT LIKE '%pg_stat_%' AND query NOT LIKE '%pg_control_checkpoint%'`,
    )
  ).rows[0]!.calls;
  console.log(
    `  PostgreSQL per ${what} (${requests}): ${(Number(calls) / requests).toFixed(2)} statements, ${per('commits')} commits, ` +
      `${per('inserted')} rows inserted, ${per('updated')} updated, ${per('walRecords')} WAL records, ` +
      `${per('walBytes', 0)} WAL bytes (${per('walFpi')} full-page images), server CPU ${per('cpuMs')} ms; ` +
      `MultiXacts ${after.nextMulti - before.nextMulti}, checkpoints ${after.checkpoints - before.checkpoints} ` +
      `(write ${(after.checkpointWriteMs - before.checkpointWriteMs).toFixed(0)} ms, sync ${(after.checkpointSyncMs - before.checkpointSyncMs).toFixed(0)} ms)`,
  );
  // Which records the WAL of the phase is made of (a FOR SHARE lock writes Heap/LOCK, a MultiXact its own).
  const records = await pool
    .query<{ type: string; count: string; bytes: string; fpi: string }>(
      `SELECT "resource_manager/record_type" AS type, count, record_size + fpi_size AS bytes, fpi_size AS fpi
     FROM pg_get_wal_stats($1::pg_lsn, $2::pg_lsn, true) WHERE count > 0
     ORDER BY record_size + fpi_size DESC LIMIT 10`,
      [before.lsn, after.lsn],
    )
    // A figure the server cannot give (its WAL already recycled) is left out, not the bench's end.
    .catch(() => ({ rows: [] }));
  console.log(
    `  WAL by record per ${what}: ${records.rows
      .map(
        (r) =>
          `${r.type} ${(Number(r.count) / requests).toFixed(2)}× ${(Number(r.bytes) / requests).toFixed(0)} B` +
          (Number(r.fpi) > 0 ? ` (FPI ${(Number(r.fpi) / requests).toFixed(0)} B)` : ''),
      )
      .join(', ')}`,
  );
  for (const s of statements)
    console.log(
      `    ${(s.calls / requests).toFixed(2).padStart(6)}/req ${s.mean.toFixed(3).padStart(8)} ms  ${s.query.slice(0, 150)}`,
    );
}
