// The real gateway as its own process (services/gateway/src/main.ts), as `npm start` runs it, over the bench's
// database: the load generator never shares its event loop. Started by path — the gateway depends on this
// package, so this package cannot depend on it.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findRepoRoot } from '@duda/db';
import type { ServerNow } from './timeline.ts';

const POOL_SERIES = [
  'duda_db_pool_connections',
  'duda_db_pool_idle_connections',
  'duda_db_pool_waiting_clients',
]
  .map((name) => `name=${name}`)
  .join('&');

/** MB: the gateway's `--max-semi-space-size` in production (ADR 0027: infra/docker/Dockerfile, infra/scripts/portal.mjs). */
export const GATEWAY_SEMI_SPACE_MB = 32;

export interface GatewayProcess {
  origin: string;
  pid: number;
  /** CPU time the process has used so far (user + system), in ms: what a request costs whatever the machine's load. */
  cpuMs(): number;
  /** The event loop's delay (ms) since the last call (gateway-probe.ts). */
  eventLoopDelay(): Promise<{ p50: number; p99: number; max: number; mean: number }>;
  /** The gateway's requests in hand, connections and loop delay of the last second, and its database pool. */
  now(): Promise<ServerNow | null>;
  stop(): Promise<void>;
}

/** Linux: utime and stime of /proc/<pid>/stat, in clock ticks of 10 ms. */
function cpuMsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function startGatewayProcess(databaseUrl: string): Promise<GatewayProcess> {
  const port = await freePort();
  const metricsPort = await freePort();
  const gatewayDir = path.join(findRepoRoot(), 'services', 'gateway');
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  // The young generation production gives the gateway (ADR 0027, infra/docker/Dockerfile's NODE_OPTIONS);
  // BENCH_SEMI_SPACE_MB=0 starts it with Node's default, to compare.
  const semiSpace = process.env.BENCH_SEMI_SPACE_MB ?? String(GATEWAY_SEMI_SPACE_MB);
  const gc = semiSpace === '0' ? [] : [`--max-semi-space-size=${semiSpace}`];
  // BENCH_GATEWAY_NODE_FLAGS="--trace-gc …": V8 flags for the gateway alone (NODE_OPTIONS refuses most of them),
  // their output in BENCH_GATEWAY_LOG.
  const extra = (process.env.BENCH_GATEWAY_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const probeDir = mkdtempSync(path.join(tmpdir(), 'duda-bench-probe-'));
  const eventLoopFile = path.join(probeDir, 'delay.json');
  const serverFile = path.join(probeDir, 'server.json');
  const probe = path.join(import.meta.dirname, 'gateway-probe.ts');
  const child = spawn(
    process.execPath,
    [
      ...profile,
      ...gc,
      ...extra,
      '--import',
      'tsx',
      '--import',
      probe,
      path.join(gatewayDir, 'src', 'main.ts'),
    ],
    {
      cwd: gatewayDir,
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        DATABASE_URL: databaseUrl,
        DATABASE_APP_URL: '',
        DUDA_SEED: 'false',
        DUDA_SERVICE_SECRET: 'bench-service-secret',
        DUDA_COOKIE_SECRET: 'bench-cookie-secret',
        DUDA_UPLOADS_DIR: mkdtempSync(path.join(tmpdir(), 'duda-bench-uploads-')),
        DUDA_WEB_ROOT: '/nonexistent',
        BENCH_EVENT_LOOP_FILE: eventLoopFile,
        BENCH_SERVER_FILE: serverFile,
        // Its database pool's gauges (ADR 0016), read once a second for the timeline.
        DUDA_METRICS_PORT: String(metricsPort),
        // Ten thousand sessions save every 30 s; the per-session limit is not what is measured.
        DUDA_API_RATE_PER_MINUTE: String(1e9),
        HOST: '127.0.0.1',
        PORT: String(port),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  // BENCH_GATEWAY_LOG=<file>: the gateway's own log (warnings and errors), to see why a request failed.
  const log = process.env.BENCH_GATEWAY_LOG ? createWriteStream(process.env.BENCH_GATEWAY_LOG) : null;
  child.stdout.on('data', (chunk) => ((output += chunk), log?.write(chunk)));
  child.stderr.on('data', (chunk) => ((output += chunk), log?.write(chunk)));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the gateway exited early:\n${output}`);
    if (
      await fetch(`${origin}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the gateway did not become ready:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    pid: child.pid!,
    cpuMs: () => cpuMsOf(child.pid!),
    eventLoopDelay: async () => {
      rmSync(eventLoopFile, { force: true });
      child.kill('SIGUSR2');
      for (let tries = 0; !existsSync(eventLoopFile) && tries < 100; tries++)
        await new Promise((r) => setTimeout(r, 50));
      // Written in one call; a read right after the file appears may still see it partly written.
      await new Promise((r) => setTimeout(r, 50));
      return JSON.parse(readFileSync(eventLoopFile, 'utf8')) as {
        p50: number;
        p99: number;
        max: number;
        mean: number;
      };
    },
    now: async () => {
      let probed: Omit<ServerNow, 'pool'>;
      try {
        probed = JSON.parse(readFileSync(serverFile, 'utf8')) as Omit<ServerNow, 'pool'>;
      } catch {
        return null; // not written yet, or caught mid-write
      }
      // Never holds the timeline up: a gateway too busy to answer within the second leaves the pool's figures out.
      // Only the pool's series: the whole of /metrics every second (the process metrics list all 10,000 sockets)
      // cost the gateway ~25 ms of its event loop each time, 2.5% of its CPU — the bench measuring itself.
      const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics?${POOL_SERIES}`, {
        signal: AbortSignal.timeout(900),
      }).then(
        (r) => r.text(),
        () => '',
      );
      const gauge = (name: string) => {
        const line = metrics.split('\n').find((l) => l.startsWith(`${name}{`) && l.includes('pool="app"'));
        return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : NaN;
      };
      const connections = gauge('duda_db_pool_connections');
      return {
        ...probed,
        pool: Number.isNaN(connections)
          ? null
          : {
              connections,
              idle: gauge('duda_db_pool_idle_connections'),
              waiting: gauge('duda_db_pool_waiting_clients'),
            },
      };
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      // A CPU profile is written at the process's exit: minutes of samples take a while to write on a busy machine.
      const timer = setTimeout(() => child.kill('SIGKILL'), process.env.BENCH_CPU_PROF ? 180_000 : 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
