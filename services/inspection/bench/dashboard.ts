// `pnpm --filter @duda/service-inspection bench`: one year of a 300-hall city, then the dashboard and
// ranking queries for the city and for one district, timed. Target: p95 under 300 ms each (issue 5);
// exits 1 when one is over.
//   BENCH_HALLS (300), BENCH_RUNS (40), DATABASE_URL (else an embedded PostgreSQL in a temp folder).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  applyMigrations,
  createDatabase,
  createPool,
  dropDatabase,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '@duda/db';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import type { Actor } from '@duda/authz';
import { createLogger, type CallerContext } from '@duda/service-kit';
import { localFolderStorage } from '@duda/file-storage';
import { database } from '../src/database.ts';
import { dashboard, hallRanking } from '../src/dashboard/dashboard-service.ts';
import { DEFAULT_RECTIFICATION_POLICY, CITY_STANDARD_CHECKLIST } from '../src/domain/index.ts';
import type { InspectionDeps } from '../src/deps.ts';
import type { OrgDirectory, OrgPlace } from '../src/ports/org-directory.ts';
import { createInspectionPrisma } from '../src/prisma.ts';
import { generateYear } from './generate.ts';

const HALLS = Number(process.env.BENCH_HALLS ?? 300);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const TARGET_MS = 300;

async function server(): Promise<RunningPostgres & { cleanup(): Promise<void> }> {
  if (process.env.DATABASE_URL)
    return {
      url: process.env.DATABASE_URL,
      owned: false,
      stop: async () => undefined,
      cleanup: async () => undefined,
    };
  const dir = await makeTempDir('duda-bench-');
  const port = 55000 + Math.floor(Math.random() * 5000);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port });
  return { ...pg, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const p95 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.ceil(samples.length * 0.95) - 1]!;

/** Figures over their target; the bench exits 1 when there is any. */
const misses: string[] = [];

async function time(name: string, run: () => Promise<unknown>) {
  await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  const value = p95(samples);
  const verdict = value <= TARGET_MS ? 'ok' : 'OVER BUDGET';
  console.log(
    `${name.padEnd(28)} p95 ${value.toFixed(1).padStart(7)} ms   target ${TARGET_MS} ms   ratio ${(value / TARGET_MS).toFixed(3)}   ${verdict}`,
  );
  if (value > TARGET_MS) misses.push(name);
  return value;
}

const pg = await server();
const name = `duda_bench_${randomUUID().slice(0, 8)}`;
const url = await createDatabase(pg.url, name);
const pool = createPool(url, 10);
try {
  await applyMigrations(pool, database);
  const prisma = createInspectionPrisma(pool);
  const started = performance.now();
  const org = await generateYear(pool, HALLS, CITY_STANDARD_CHECKLIST);
  const counts = await pool.query<{ inspections: string; results: string }>(
    `SELECT (SELECT count(*) FROM inspection."Inspection") AS inspections, (SELECT count(*) FROM inspection."ItemResult") AS results`,
  );
  console.log(
    `generated ${counts.rows[0]!.inspections} inspections and ${counts.rows[0]!.results} item results for ${HALLS} halls in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );

  const places = new Map<string, OrgPlace>(org.places.map((p) => [p.id, p]));
  const directory: OrgDirectory = {
    places: async (_ctx, ids) =>
      ids.map((id) => places.get(id)).filter((p): p is OrgPlace => p !== undefined),
    people: async () => [],
  };
  const deps: InspectionDeps = {
    prisma,
    org: directory,
    photos: localFolderStorage('/tmp'),
    policy: DEFAULT_RECTIFICATION_POLICY,
    photoUrl: (id) => id,
    citedTo: () => false,
    now: () => new Date(`${org.lastMonth}-28T08:00:00+08:00`),
  };
  const actor: Actor = {
    personId: randomUUID(),
    name: '压测督导',
    staffNo: 'BENCH',
    homeOrgNodeId: org.cityId,
    roles: [
      {
        role: 'city_supervisor',
        orgNodeId: org.cityId,
        orgNodeName: '压测市',
        orgLevel: 'city',
        subtree: org.places.map((p) => p.id),
      },
    ],
  };
  const ctx = {
    requestId: 'bench',
    actor,
    sessionId: null,
    passwordChangeRequired: false,
    ip: '',
    userAgent: '',
    log: createLogger('bench', 'silent'),
  } satisfies CallerContext;
  const district = org.districtIds[0]!;
  console.log(`\nqueries for month ${org.lastMonth}, ${RUNS} runs each:`);
  await time('city dashboard', () => dashboard(deps, ctx, { month: org.lastMonth }));
  await time('district dashboard', () =>
    dashboard(deps, ctx, { scopeOrgId: district, month: org.lastMonth }),
  );
  await time('city hall ranking', () =>
    hallRanking(prisma, { column: 'cityId', id: org.cityId }, org.lastMonth),
  );
  await time('district hall ranking', () =>
    hallRanking(prisma, { column: 'districtId', id: district }, org.lastMonth),
  );
  await prisma.$disconnect();
} finally {
  await pool.end();
  await dropDatabase(pg.url, name);
  await pg.stop();
  await pg.cleanup();
}
if (misses.length > 0) {
  console.error(`over budget: ${misses.join(', ')}`);
  process.exit(1);
}
