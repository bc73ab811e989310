// What the database server and the machine do in the background, second by second, for the timeline: a stall
// of PostgreSQL (the gateway's pool all busy, answers dropping) is told apart as
// - autovacuum / autoanalyze: its workers and the table each works on (pg_stat_activity, pg_stat_progress_vacuum);
// - a checkpoint: what the checkpointer waits on (CheckpointWriteDelay while it spreads its writes, DataFileSync
//   in its fsync phase) and the buffers it wrote;
// - WAL: bytes written, new segment files initialised (pg_stat_io's wal/init: a new 16 MB file is written whole
//   and fsynced while the backends that need it wait), fsyncs and their time, and the files in pg_wal;
// - the disk (/proc/diskstats): writes, MB, the average write's time, how busy it was, flushes;
// - the machine (/proc/stat): CPU time in iowait and stolen by the hypervisor, processes blocked on I/O — a stall
//   that other programs on the machine caused shows there, not in PostgreSQL's own figures.
// PostgreSQL is read on a connection of its own; while it does not answer (a stall) the column shows `?` and no
// second query is queued behind the first.
import { readFileSync } from 'node:fs';
import { createPool } from '@duda/db';

interface Pg {
  autovacuum: string[];
  checkpointer: string;
  buffersWritten: number;
  walBytes: number;
  walInits: number;
  walInitMs: number;
  walFsyncs: number;
  walFsyncMs: number;
  walFiles: number;
}

interface Disk {
  writes: number;
  sectors: number;
  writeMs: number;
  busyMs: number;
  flushes: number;
  flushMs: number;
}

interface Cpu {
  total: number;
  iowait: number;
  steal: number;
}

/** Whole disks (not partitions) summed: the bench's data directory is on one of them. */
function disk(): Disk {
  const sum: Disk = { writes: 0, sectors: 0, writeMs: 0, busyMs: 0, flushes: 0, flushMs: 0 };
  try {
    for (const line of readFileSync('/proc/diskstats', 'utf8').split('\n')) {
      const f = line.trim().split(/\s+/);
      if (!/^(vd[a-z]+|sd[a-z]+|xvd[a-z]+|nvme\d+n\d+)$/.test(f[2] ?? '')) continue;
      sum.writes += Number(f[7]);
      sum.sectors += Number(f[9]);
      sum.writeMs += Number(f[10]);
      sum.busyMs += Number(f[12]);
      sum.flushes += Number(f[18] ?? 0);
      sum.flushMs += Number(f[19] ?? 0);
    }
  } catch {
    // Not Linux: the column stays empty.
  }
  return sum;
}

function cpu(): Cpu & { blocked: number } {
  try {
    const stat = readFileSync('/proc/stat', 'utf8');
    const fields = stat.split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const blocked = Number(/procs_blocked (\d+)/.exec(stat)?.[1] ?? 0);
    return {
      total: fields.reduce((a, b) => a + b, 0),
      iowait: fields[4] ?? 0,
      steal: fields[7] ?? 0,
      blocked,
    };
  } catch {
    return { total: 0, iowait: 0, steal: 0, blocked: 0 };
  }
}

const PG_QUERY = `
  SELECT
    (SELECT coalesce(json_agg(regexp_replace(coalesce(p.phase || ' ', '') ||
              regexp_replace(a.query, '^autovacuum: ', ''), '"|training\\.', '', 'g')), '[]')
       FROM pg_stat_activity a LEFT JOIN pg_stat_progress_vacuum p ON p.pid = a.pid
      WHERE a.backend_type = 'autovacuum worker' AND a.query <> '') AS autovacuum,
    (SELECT coalesce(wait_event, 'running') FROM pg_stat_activity WHERE backend_type = 'checkpointer') AS checkpointer,
    (SELECT buffers_written FROM pg_stat_checkpointer) AS "buffersWritten",
    (SELECT wal_bytes FROM pg_stat_wal) AS "walBytes",
    (SELECT coalesce(sum(writes), 0) FROM pg_stat_io WHERE object = 'wal' AND context = 'init') AS "walInits",
    (SELECT coalesce(sum(write_time), 0) FROM pg_stat_io WHERE object = 'wal' AND context = 'init') AS "walInitMs",
    (SELECT coalesce(sum(fsyncs), 0) FROM pg_stat_io WHERE object = 'wal' AND context = 'normal') AS "walFsyncs",
    (SELECT coalesce(sum(fsync_time), 0) FROM pg_stat_io WHERE object = 'wal' AND context = 'normal') AS "walFsyncMs",
    (SELECT count(*) FROM pg_ls_waldir()) AS "walFiles"`;

export class ServerBackground {
  private readonly pool;
  private pending: Promise<Pg | null> | null = null;
  private lastPg: Pg | null = null;
  private lastDisk = disk();
  private lastCpu = cpu();

  constructor(databaseUrl: string) {
    this.pool = createPool(databaseUrl, 1);
  }

  private async readPg(): Promise<Pg | null> {
    const { rows } = await this.pool.query<Record<string, unknown>>(PG_QUERY);
    const r = rows[0]!;
    return {
      autovacuum: r.autovacuum as string[],
      checkpointer: String(r.checkpointer),
      buffersWritten: Number(r.buffersWritten),
      walBytes: Number(r.walBytes),
      walInits: Number(r.walInits),
      walInitMs: Number(r.walInitMs),
      walFsyncs: Number(r.walFsyncs),
      walFsyncMs: Number(r.walFsyncMs),
      walFiles: Number(r.walFiles),
    };
  }

  /** The header of the columns `sample()` prints. */
  static readonly header =
    'pg: autovacuum | checkpointer (buffers written) | WAL KB, segments initialised (ms), fsyncs (ms), files | ' +
    'disk: writes, MB, ms per write, busy %, flushes (ms) | machine: iowait %, steal %, blocked';

  /** The figures since the last call (about a second). */
  async sample(): Promise<string> {
    const d = disk();
    const c = cpu();
    const dd = this.lastDisk;
    const dc = this.lastCpu;
    this.lastDisk = d;
    this.lastCpu = c;
    const writes = d.writes - dd.writes;
    const ticks = Math.max(1, c.total - dc.total);
    const msPerWrite = writes > 0 ? (d.writeMs - dd.writeMs) / writes : 0;
    const diskText =
      `${writes}, ${(((d.sectors - dd.sectors) * 512) / 1e6).toFixed(1)} MB, ${msPerWrite.toFixed(1)} ms, ` +
      `${Math.min(100, (d.busyMs - dd.busyMs) / 10).toFixed(0)}%, ${d.flushes - dd.flushes} (${d.flushMs - dd.flushMs} ms)`;
    const cpuText = `${((100 * (c.iowait - dc.iowait)) / ticks).toFixed(0)}%, ${((100 * (c.steal - dc.steal)) / ticks).toFixed(0)}%, ${c.blocked}`;
    this.pending ??= this.readPg().catch(() => null);
    const pending = this.pending;
    const pg = await Promise.race([pending, new Promise<'late'>((r) => setTimeout(() => r('late'), 800))]);
    let pgText = '? | ? | ?';
    if (pg !== 'late') {
      this.pending = null;
      if (pg) {
        const last = this.lastPg ?? pg;
        this.lastPg = pg;
        pgText =
          `${pg.autovacuum.join(', ') || '-'} | ${pg.checkpointer} (${pg.buffersWritten - last.buffersWritten}) | ` +
          `${((pg.walBytes - last.walBytes) / 1024).toFixed(0)} KB, ${pg.walInits - last.walInits} ` +
          `(${(pg.walInitMs - last.walInitMs).toFixed(0)} ms), ${pg.walFsyncs - last.walFsyncs} ` +
          `(${(pg.walFsyncMs - last.walFsyncMs).toFixed(0)} ms), ${pg.walFiles}`;
      }
    }
    return `${pgText} | ${diskText} | ${cpuText}`;
  }

  async close() {
    await this.pending;
    await this.pool.end();
  }
}
