// Where a request's time goes, second by second: what the load generator sent and had answered (p99 of the answers
// of that second), its failures by cause (the socket error's code for a request that got no answer), the
// generator's own connections and queue, the gateway's requests in hand and connections (gateway-probe.ts), its
// database pool (its /metrics, ADR 0016), both processes' event-loop delay and the gateway's GC pauses. Time
// queued in the generator shows as requests it holds that the gateway does not; time in the gateway as its
// requests in hand; a starved generator as its own loop's delay; a gateway loop delay without GC pauses to match,
// a gateway waiting for a core. The machine's listen overflows (Linux, TcpExt ListenOverflows: connections
// the kernel dropped because the gateway's accept queue was full) show a connection storm: each such connection
// waits for its handshake to be sent again (1 s, 3 s, 7 s…) or is reset.
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { percentiles } from './load.ts';

/** The generator's connections to the gateway and the requests it holds, summed over its clients. */
export interface ClientSockets {
  /** Open connections. */
  connected: number;
  /** Requests written to a connection and not yet answered. */
  running: number;
  /** Requests waiting in the generator for a connection (time the gateway never sees). */
  queued: number;
}

export interface ServerNow {
  /** HTTP requests the gateway holds (arrived, not answered). */
  inFlight: number;
  mostInFlight: number;
  connections: number;
  /** Connections accepted since the gateway started. */
  accepted: number;
  loopP99: number;
  /** The garbage collector's pauses during that second: their sum and the longest, ms. */
  gcMs: number;
  gcMax: number;
  pool: { connections: number; idle: number; waiting: number } | null;
}

export interface TimelineSources {
  client(): ClientSockets;
  server(): Promise<ServerNow | null>;
  /** The database server's and the machine's background work in that second (server-background.ts). */
  background?: { header: string; sample(): Promise<string> };
  /** What the database's backends waited on between two points of performance.now() (wait-sampler.ts). */
  waits?: {
    during(from: number, to: number): string;
    summary(seconds: { from: number; to: number }[]): string;
  };
}

/** A second whose p99 is above this (or that ends with requests waiting for the pool) gets the database's waits printed under it. */
const SLOW_SECOND_MS = 150;

interface Second {
  sent: number;
  latencies: number[];
  failures: Map<string, number>;
}

/** A failure's cause on the timeline: `…: no answer (ECONNRESET)` → `ECONNRESET`, an HTTP error by status and code. */
export function causeOf(failure: string): string {
  const code = /\(([A-Z_]+)\)/.exec(failure)?.[1];
  if (code) return code;
  const status = /: (\d{3}) ([\w-]+)/.exec(failure);
  return status ? `${status[1]} ${status[2]}` : failure.replace(/ [0-9a-f-]{36}#\d+/, '').slice(0, 40);
}

/** Connections dropped machine-wide because a listener's accept queue was full (Linux; 0 elsewhere). */
function listenOverflows(): number {
  try {
    const lines = readFileSync('/proc/net/netstat', 'utf8').split('\n');
    const header = lines.findIndex((l) => l.startsWith('TcpExt:'));
    const names = lines[header]!.split(' ');
    const values = lines[header + 1]!.split(' ');
    return Number(values[names.indexOf('ListenOverflows')] ?? 0);
  } catch {
    return 0;
  }
}

export class Timeline {
  private overflows = 0;
  private seconds: Second[] = [];
  private started = 0;
  private timer: NodeJS.Timeout | undefined;
  private printed = 0;
  private readonly loop = monitorEventLoopDelay({ resolution: 10 });
  private readonly totals = new Map<string, number>();
  /** Each printed second's window, by whether its p99 was slow (the waits' summary at the end). */
  private readonly windows = {
    slow: [] as { from: number; to: number }[],
    other: [] as { from: number; to: number }[],
  };

  constructor(private readonly sources: TimelineSources) {}

  /** Starts a phase's timeline; one line a second from now on. */
  begin(phase: string) {
    this.seconds = [];
    this.printed = 0;
    this.totals.clear();
    this.windows.slow = [];
    this.windows.other = [];
    this.started = performance.now();
    this.loop.enable();
    this.loop.reset();
    this.overflows = listenOverflows();
    console.log(
      `  timeline of ${phase}: s | sent answered p99 | failed by cause | generator: connections, requests on them, queued in it | ` +
        `gateway: requests in hand (most), connections (accepted) | db pool: busy/open, waiting | loop p99: gateway, generator | ` +
        `gateway GC: ms paused (longest) | listen overflows` +
        (this.sources.background ? ` || ${this.sources.background.header}` : ''),
    );
    this.timer = setInterval(() => void this.tick(), 1000);
  }

  private at(now = performance.now()): Second {
    const index = Math.floor((now - this.started) / 1000);
    for (let i = this.seconds.length; i <= index; i++)
      this.seconds.push({ sent: 0, latencies: [], failures: new Map() });
    return this.seconds[index]!;
  }

  sent() {
    if (this.timer) this.at().sent++;
  }

  answered(latency: number) {
    if (this.timer) this.at().latencies.push(latency);
  }

  /** Not sent: the generator already had too many unanswered (load.ts). */
  heldBack() {
    this.failed('held back');
  }

  failed(failure: string) {
    if (!this.timer) return;
    const cause = causeOf(failure);
    const second = this.at();
    second.failures.set(cause, (second.failures.get(cause) ?? 0) + 1);
    this.totals.set(cause, (this.totals.get(cause) ?? 0) + 1);
  }

  private async tick() {
    const client = this.sources.client();
    const loopP99 = this.loop.percentile(99) / 1e6;
    this.loop.reset();
    const overflows = listenOverflows();
    const dropped = overflows - this.overflows;
    this.overflows = overflows;
    const [server, background] = await Promise.all([
      this.sources.server().catch(() => null),
      this.sources.background?.sample().catch(() => '?'),
    ]);
    // The second that just ended.
    const index = Math.floor((performance.now() - this.started) / 1000) - 1;
    if (index < this.printed || !this.timer) return;
    this.at();
    for (; this.printed <= index; this.printed++) {
      const s = this.seconds[this.printed]!;
      const p99 = percentiles(s.latencies).p99;
      const failures = [...s.failures].map(([cause, n]) => `${cause} ${n}`).join(', ') || '-';
      const pool = server?.pool
        ? `${server.pool.connections - server.pool.idle}/${server.pool.connections}, ${server.pool.waiting}`
        : '?';
      console.log(
        `  ${String(this.printed + 1).padStart(4)} | ${String(s.sent).padStart(5)} ${String(s.latencies.length).padStart(5)} ` +
          `${(Number.isNaN(p99) ? '-' : p99.toFixed(0)).padStart(6)} ms | ${failures} | ` +
          `${client.connected} conn, ${client.running} on them, ${client.queued} queued | ` +
          (server
            ? `${server.inFlight} (${server.mostInFlight}), ${server.connections} conn (${server.accepted}) | ${pool} | `
            : '? | ? | ') +
          `${server ? server.loopP99.toFixed(0) : '?'} ms, ${loopP99.toFixed(0)} ms | ` +
          `${server ? `${server.gcMs} (${server.gcMax}) ms` : '?'} | ${this.printed === index ? dropped : 0}` +
          (background === undefined ? '' : ` || ${this.printed === index ? background : ''}`),
      );
      const window = {
        from: this.started + this.printed * 1000,
        to: this.started + (this.printed + 1) * 1000,
      };
      // A second in which nothing sent was answered is as slow as any; one that ended with requests queued for
      // the pool is where a stall began (its answers, slow, arrive in the next).
      const slow =
        (s.sent > 0 && !(p99 <= SLOW_SECOND_MS)) ||
        (this.printed === index && (server?.pool?.waiting ?? 0) > 0);
      (slow ? this.windows.slow : this.windows.other).push(window);
      if (slow && this.sources.waits)
        console.log(`         ${this.sources.waits.during(window.from, window.to)}`);
    }
  }

  /** Ends the phase's timeline with its failures by cause. */
  end() {
    clearInterval(this.timer);
    this.timer = undefined;
    this.loop.disable();
    if (this.totals.size)
      console.log(`  failed by cause: ${[...this.totals].map(([cause, n]) => `${cause} ${n}`).join(', ')}`);
    if (this.sources.waits && this.windows.slow.length)
      console.log(
        `  database waits (mean backends) in the ${this.windows.slow.length} seconds with p99 > ${SLOW_SECOND_MS} ms or the pool queued: ` +
          `${this.sources.waits.summary(this.windows.slow)}; in the other ${this.windows.other.length}: ` +
          this.sources.waits.summary(this.windows.other),
      );
  }
}
