// What the database's backends wait on, sampled every 100 ms, for the timeline's slow seconds: a stall where the
// gateway's pool is all busy while its event loop is quiet is PostgreSQL answering slowly, and this names why —
// - how many of the database pool's connections PostgreSQL has in hand (running a statement or in a transaction):
//   the pool's busy connections (the timeline's line) less these are held in the gateway, between statements;
// - per backend state: running on a CPU ("CPU"), waiting on an event (`Lock:tuple`, `LWLock:WALWrite`,
//   `IO:WalSync`, `LWLock:pg_stat_statements`…), idle in a transaction; averaged over the second's samples (so
//   "12.5" is twelve and a half of the pool's connections on average);
// - who holds what a blocked backend waits for (`pg_blocking_pids`, asked only for those waiting on a lock): the
//   blocker's kind, state and the start of its statement;
// - the statements the active backends run (their first words), and the last statement of each transaction left open
//   between statements;
// - the machine: processes runnable (`procs_running`, most in the second: above the cores, someone waits for one)
//   and the CPU each program used that second (the gateway, this generator, PostgreSQL, anything else by name),
//   so a stall a program outside the bench caused shows as its name.
// A sample the server took long to answer is itself a finding (the slowest is printed): pg_stat_activity is read
// from shared memory, so a slow answer means the server, or the machine, did not run it.
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createPool } from '@duda/db';

type Backend = {
  pid: number;
  kind: string;
  state: string | null;
  waitType: string | null;
  wait: string | null;
  query: string;
  blockers: number[] | null;
};

interface Sample {
  at: number;
  tookMs: number;
  /** Client backends running a statement or inside a transaction: the pool's connections PostgreSQL has in hand. */
  working: number;
  /** Per-state backend counts. */
  states: Map<string, number>;
  /** What blocked backends wait for, by blocker. */
  blockers: Map<string, number>;
  queries: Map<string, number>;
}

interface CpuSecond {
  at: number;
  /** CPU ms per program over the last second. */
  programs: Map<string, number>;
  running: number;
}

const QUERY = `
  SELECT a.pid, a.backend_type AS kind, a.state, a.wait_event_type AS "waitType", a.wait_event AS wait,
         left(regexp_replace(a.query, '\\s+', ' ', 'g'), 48) AS query,
         CASE WHEN a.wait_event_type = 'Lock' THEN pg_blocking_pids(a.pid) END AS blockers
  FROM pg_stat_activity a
  WHERE a.pid <> pg_backend_pid() AND (a.datname = current_database() OR a.datname IS NULL)
    AND (a.state IS DISTINCT FROM 'idle' OR a.backend_type <> 'client backend')
    AND NOT (a.backend_type <> 'client backend' AND a.wait_event_type = 'Activity')`;

const add = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n);

/** A backend's state for the tally: what it waits on, or CPU when active and waiting on nothing. */
function stateOf(b: Backend): string {
  const who = b.kind === 'client backend' ? '' : `${b.kind.replace(/ worker$/, '')} `;
  if (b.state === 'idle in transaction' && !b.waitType) return `${who}idle in transaction`;
  if (b.waitType === 'Client' && b.wait === 'ClientRead') return `${who}${b.state ?? 'ClientRead'}`;
  return `${who}${b.waitType ? `${b.waitType}:${b.wait}` : 'CPU'}`;
}

/** Processes runnable right now, machine-wide (the reader among them). */
const runnable = () => Number(/procs_running (\d+)/.exec(readFileSync('/proc/stat', 'utf8'))?.[1] ?? 0);

/** Clock ticks (10 ms) of user + system time, by pid, and processes runnable now. */
function processTimes(): { ticks: Map<number, { name: string; ticks: number }>; running: number } {
  const ticks = new Map<number, { name: string; ticks: number }>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks.set(Number(entry), { name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The process ended while being read.
    }
  }
  return { ticks, running: runnable() };
}

const top = (map: Map<string, number>, n: number, scale: number, unit = '') =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([key, value]) => `${key} ${(value / scale).toFixed(value / scale >= 10 ? 0 : 1)}${unit}`)
    .join(', ') || '-';

export class WaitSampler {
  private readonly pool;
  private samples: Sample[] = [];
  private cpu: CpuSecond[] = [];
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  private ticks = 0;
  private last: ReturnType<typeof processTimes> | null = null;
  private runningMost = 0;

  /** `names` labels the bench's own processes by pid (the gateway, the generator); PostgreSQL is `postgres`. */
  constructor(
    databaseUrl: string,
    private readonly names: ReadonlyMap<number, string>,
  ) {
    this.pool = createPool(databaseUrl, 1);
  }

  start() {
    this.samples = [];
    this.cpu = [];
    this.last = processTimes();
    // Unreferenced: a bench that fails half-way still exits.
    this.timer = setInterval(() => void this.sample(), 100).unref();
  }

  stop() {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private async sample() {
    if (++this.ticks % 10 === 0) this.sampleCpu();
    else this.runningMost = Math.max(this.runningMost, runnable());
    // One query at a time: a server that does not answer gets no queue of them, and the gap shows as tookMs.
    if (this.busy) return;
    this.busy = true;
    const at = performance.now();
    try {
      const { rows } = await this.pool.query<Backend>(QUERY);
      const byPid = new Map(rows.map((b) => [b.pid, b]));
      const sample: Sample = {
        at,
        tookMs: performance.now() - at,
        working: rows.filter((b) => b.kind === 'client backend').length,
        states: new Map(),
        blockers: new Map(),
        queries: new Map(),
      };
      for (const b of rows) {
        add(sample.states, stateOf(b));
        // A transaction left open between statements names itself by its last one.
        if (b.kind === 'client backend' && b.state === 'active') add(sample.queries, b.query);
        else if (b.kind === 'client backend' && b.state?.startsWith('idle in transaction'))
          add(sample.queries, `(open transaction, last) ${b.query}`);
        for (const pid of b.blockers ?? []) {
          const blocker = byPid.get(pid);
          add(
            sample.blockers,
            blocker ? `${stateOf(blocker)} «${blocker.query.slice(0, 32)}»` : `pid ${pid} (other database)`,
          );
        }
      }
      this.samples.push(sample);
    } catch {
      // The server went away (the bench is ending).
    } finally {
      this.busy = false;
    }
  }

  private sampleCpu() {
    const now = processTimes();
    const programs = new Map<string, number>();
    for (const [pid, { name, ticks }] of now.ticks) {
      const before = this.last?.ticks.get(pid);
      const used = (ticks - (before?.ticks ?? ticks)) * 10;
      if (used > 0) add(programs, this.names.get(pid) ?? name, used);
    }
    this.cpu.push({ at: performance.now(), programs, running: Math.max(this.runningMost, now.running) });
    this.runningMost = 0;
    this.last = now;
  }

  /** What the backends waited on between two points of `performance.now()`, as one line. */
  during(from: number, to: number): string {
    const inside = this.samples.filter((s) => s.at >= from && s.at < to);
    const states = new Map<string, number>();
    const blockers = new Map<string, number>();
    const queries = new Map<string, number>();
    for (const s of inside) {
      for (const [k, v] of s.states) add(states, k, v);
      for (const [k, v] of s.blockers) add(blockers, k, v);
      for (const [k, v] of s.queries) add(queries, k, v);
    }
    const n = Math.max(1, inside.length);
    const slowest = Math.max(0, ...inside.map((s) => s.tookMs));
    const working = inside.reduce((sum, s) => sum + s.working, 0) / n;
    // The CPU second that ends closest after `to` covers this one.
    const cpu = this.cpu.find((c) => c.at >= to - 100) ?? this.cpu.at(-1);
    return (
      `pg: ${working.toFixed(1)} connections at work (the pool's busy ones less these wait in the gateway); ` +
      `waits (mean backends, ${inside.length} samples, slowest ${slowest.toFixed(0)} ms): ${top(states, 5, n)}` +
      ` | blocked by: ${top(blockers, 3, n)} | running: ${top(queries, 3, n)}` +
      ` | machine: ${cpu ? `${cpu.running} runnable at most, CPU ms ${top(cpu.programs, 5, 1)}` : '?'}`
    );
  }

  /** The same tally over whole phases' seconds, split by a test (the slow seconds apart from the rest). */
  summary(seconds: { from: number; to: number }[]): string {
    const states = new Map<string, number>();
    let n = 0;
    for (const { from, to } of seconds)
      for (const s of this.samples) {
        if (s.at < from || s.at >= to) continue;
        n++;
        for (const [k, v] of s.states) add(states, k, v);
      }
    return `${top(states, 6, Math.max(1, n))} (${n} samples)`;
  }

  async close() {
    this.stop();
    while (this.busy) await new Promise((r) => setTimeout(r, 20));
    await this.pool.end();
  }
}
