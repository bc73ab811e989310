// `pnpm bench:gateway`: what tRPC costs over a bare Fastify route. The gateway runs in this process on an
// embedded PostgreSQL with the demo data; one city supervisor logs in once; then the same scoped reads —
// `org.me` and the city dashboard — are fired through tRPC and through bare routes registered in the same
// Fastify instance (same plugins, session lookup, rate limit and hooks) that call the same service
// functions with the same session, over loopback with autocannon, alternating in one run.
// Target: tRPC ≥ 0.7× the bare route's requests/s for each read; exits 1 on a miss.
//   BENCH_SECONDS (2 per round), BENCH_ROUNDS (3 per route), BENCH_CONNECTIONS (8), DATABASE_URL (else an
//   embedded PostgreSQL in a temporary folder).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { applyMigrations, createDatabase, createPool, dropDatabase, startEmbeddedPostgres } from '@duda/db';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { currentMonth } from '@duda/month';
import { dashboard } from '@duda/service-inspection';
import { createLogger, type CallerContext } from '@duda/service-kit';
import { readMe } from '@duda/service-org';
import autocannon from 'autocannon';
import type { FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import superjson from 'superjson';
import { loadConfig } from '../src/config.ts';
import { sessionOf } from '../src/context.ts';
import { seedDemoData } from '../src/demo-data.ts';
import { buildGateway } from '../src/server.ts';
import { createServices } from '../src/services.ts';
import { GatewayClient } from '../src/testing/http-client.ts';
import baseline from './baseline.json' with { type: 'json' };

const SECONDS = Number(process.env.BENCH_SECONDS ?? 2);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const TARGET_RATIO = 0.7;

async function postgres() {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, stop: async () => undefined, cleanup: async () => undefined };
  const dir = await makeTempDir('duda-bench-gateway-');
  const pg = await startEmbeddedPostgres({
    dataDir: path.join(dir, 'data'),
    port: 55000 + Math.floor(Math.random() * 5000),
  });
  return { ...pg, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const logger = createLogger('bench', 'warn');
const server = await postgres();
const name = `duda_bench_${randomUUID().slice(0, 8)}`;
const url = await createDatabase(server.url, name);
const pool = createPool(url, 20);
// A failure before the figures (seed, login, disagreeing routes) throws, and exits non-zero too.
let misses = 0;
try {
  const config = loadConfig(
    {
      DUDA_UPLOADS_DIR: await makeTempDir('duda-bench-uploads-'),
      DUDA_WEB_ROOT: '/nonexistent',
      // One session fires thousands of requests a minute here; the limit is not what is measured.
      DUDA_API_RATE_PER_MINUTE: String(1e9),
    },
    { serviceSecret: 'bench-service-secret', cookieSecret: 'bench-cookie-secret' },
  );
  const services = createServices(pool, config, logger);
  for (const database of services.databases) await applyMigrations(pool, database);
  const seedStarted = Date.now();
  await seedDemoData(services, logger);
  console.log(`demo data seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`);
  const org = services.local.org!;
  const inspection = services.local.inspection!;

  const app = await buildGateway({ config, services, pool, logger });
  // The caller exactly as the tRPC context builds it, from the same memoised session lookup.
  const callerOf = async (
    request: FastifyRequest,
  ): Promise<CallerContext & { actor: NonNullable<CallerContext['actor']> }> => {
    const session = await sessionOf(services.identity, request);
    if (!session) throw new Error('bench session expired');
    return {
      requestId: String(request.id),
      actor: session.actor,
      sessionId: session.sessionId,
      passwordChangeRequired: session.mustChangePassword,
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? '',
      log: request.log as unknown as Logger,
    };
  };
  app.get('/api/bench/org.me', async (request) => readMe(org.deps, await callerOf(request)));
  app.get<{ Querystring: { month: string } }>('/api/bench/inspection.dashboard', async (request) =>
    dashboard(inspection.deps, await callerOf(request), { month: request.query.month }),
  );
  await app.listen({ host: '127.0.0.1', port: 0 });
  const origin = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

  const client = new GatewayClient(origin);
  await client.login('city.sup');
  const cookie = `duda_session=${client.cookie('duda_session')}`;
  const month = currentMonth();
  const dashboardInput = encodeURIComponent(JSON.stringify(superjson.serialize({ month })));
  // Both routes must answer the same thing before they are timed.
  const viaTrpc = await client.query<{ scope: { name: string } }>('inspection.dashboard', { month });
  const bare = (await (await client.fetch(`/api/bench/inspection.dashboard?month=${month}`)).json()) as {
    scope: { name: string };
  };
  if (viaTrpc.data?.scope.name !== bare.scope.name || bare.scope.name !== '杭州分公司')
    throw new Error(`the two routes disagree: ${viaTrpc.data?.scope.name} / ${bare.scope.name}`);

  const fire = async (path: string, duration = SECONDS) => {
    const result = await autocannon({
      url: `${origin}${path}`,
      headers: { cookie },
      connections: CONNECTIONS,
      duration,
    });
    const bad = result.non2xx + result.errors + result.timeouts;
    if (bad > 0) throw new Error(`${path}: ${bad} failed requests`);
    return { rps: result.requests.average, p99: result.latency.p99 };
  };
  const reads = [
    { read: 'org.me', trpc: '/trpc/org.me', bare: '/api/bench/org.me' },
    {
      read: 'inspection.dashboard (city)',
      trpc: `/trpc/inspection.dashboard?input=${dashboardInput}`,
      bare: `/api/bench/inspection.dashboard?month=${month}`,
    },
  ];
  console.log(
    `\n${CONNECTIONS} connections, ${ROUNDS} alternating rounds of ${SECONDS} s per route, loopback, one city supervisor's session\n`,
  );
  console.log(
    `${'read'.padEnd(28)} ${'tRPC req/s'.padStart(10)} ${'p99'.padStart(6)} ${'bare req/s'.padStart(10)} ${'p99'.padStart(6)}  ratio  target  baseline`,
  );
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  for (const { read, trpc, bare: bareRoute } of reads) {
    await fire(trpc, 1); // warm both paths (JIT, pool, caches) before either is timed
    await fire(bareRoute, 1);
    // Alternating short rounds, so a neighbour's load on a shared machine weighs on both sides alike.
    const rounds: { t: Awaited<ReturnType<typeof fire>>; b: Awaited<ReturnType<typeof fire>> }[] = [];
    for (let round = 0; round < ROUNDS; round++)
      rounds.push({ t: await fire(trpc), b: await fire(bareRoute) });
    const t = {
      rps: rounds.reduce((n, r) => n + r.t.rps, 0) / ROUNDS,
      p99: median(rounds.map((r) => r.t.p99)),
    };
    const b = {
      rps: rounds.reduce((n, r) => n + r.b.rps, 0) / ROUNDS,
      p99: median(rounds.map((r) => r.b.p99)),
    };
    const ratio = t.rps / b.rps;
    const ok = ratio >= TARGET_RATIO;
    if (!ok) misses++;
    console.log(
      `${read.padEnd(28)} ${t.rps.toFixed(0).padStart(10)} ${`${t.p99}ms`.padStart(6)} ${b.rps.toFixed(0).padStart(10)} ${`${b.p99}ms`.padStart(6)}  ${ratio.toFixed(2)}   ≥ ${TARGET_RATIO}   ${(baseline.ratios as Record<string, number>)[read]?.toFixed(2) ?? '–'}   ${ok ? 'ok' : 'MISSED'}`,
    );
  }
  // Requests autocannon left in flight may still be answered while everything closes.
  logger.level = 'silent';
  await app.close();
  await services.close();
} finally {
  await pool.end();
  await dropDatabase(server.url, name).catch(() => undefined);
  await server.stop();
  await server.cleanup();
}
process.exit(misses > 0 ? 1 : 0);
