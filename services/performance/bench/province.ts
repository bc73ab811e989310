// `pnpm --filter @duda/service-performance bench:province`: the monthly run of a province, sources included — for
// each city, `performance.months.run`'s own path (org's halls and people, inspection.figures.month,
// training.figures.month, all through their APIs as the city supervisor, then scoring and the write) over data
// generated in those services' tables (province-world.ts). Prints the slowest city beside the city target (3,000
// staff < 10 s) and the whole province beside its target (30,000 < 60 s); exits 1 on a miss.
//   BENCH_CITIES (10), BENCH_STAFF per city (3000): `BENCH_CITIES=2 BENCH_STAFF=200` for a quick check.
//   DATABASE_URL (else an embedded PostgreSQL in a temp folder).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  applyMigrations,
  createDatabase,
  createPool,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '@duda/db';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { localFolderStorage } from '@duda/file-storage';
import { currentMonth } from '@duda/month';
import { localServiceClient } from '@duda/service-kit';
import { createInspectionService, database as inspectionDatabase } from '@duda/service-inspection';
import { createOrgService, database as orgDatabase } from '@duda/service-org';
import { createTrainingService, database as trainingDatabase } from '@duda/service-training';
import { database } from '../src/database.ts';
import { createPerformanceService } from '../src/module.ts';
import type { PerformancePrisma } from '../src/prisma.ts';
import { hallsInScope, peopleWithRole } from '../src/ports/org-directory.ts';
import { jobCaller } from '../src/scorecards/caller.ts';
import { runMonth } from '../src/scorecards/run.ts';
import { writeProvince } from './province-world.ts';

const CITIES = Number(process.env.BENCH_CITIES ?? 10);
const STAFF = Number(process.env.BENCH_STAFF ?? 3000);
const CITY_TARGET_MS = 10_000;
const PROVINCE_TARGET_MS = 60_000;
const MONTH = currentMonth(new Date());

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

/** The city's scheme for clerks and managers: every pulled source and one entered figure, as the demo's. */
async function writeSchemes(prisma: PerformancePrisma, cityId: string, author: string) {
  const kpi = (name: string, source: string, direction: 'HIGHER' | 'LOWER', target: number, rule: object) =>
    prisma.kpi.create({
      data: {
        cityId,
        name,
        definition: name,
        unit: '分',
        direction,
        target,
        rule,
        source: source as never,
        createdById: author,
      },
    });
  const kpis = [
    await kpi('营业厅检查得分', 'HALL_INSPECTION_SCORE', 'HIGHER', 95, { kind: 'LINEAR', floor: 60 }),
    await kpi('整改率', 'RECTIFICATION_RATE', 'HIGHER', 100, { kind: 'LINEAR', floor: 50 }),
    await kpi('超期整改单', 'RECTIFICATION_OVERDUE', 'LOWER', 0, { kind: 'DEDUCTION', perUnit: 5, cap: 15 }),
    await kpi('考试成绩', 'EXAM_SCORE', 'HIGHER', 90, {
      kind: 'STEPS',
      steps: [
        { threshold: 90, share: 100 },
        { threshold: 60, share: 60 },
      ],
    }),
    await kpi('团队建设与工作态度', 'TEAM_ATTITUDE', 'HIGHER', 20, { kind: 'MANUAL' }),
  ];
  const weights = [30, 15, 15, 20, 20];
  for (const role of ['clerk', 'hall_manager'] as const)
    await prisma.scheme.create({
      data: {
        cityId,
        role,
        name: role,
        fromMonth: MONTH,
        createdById: author,
        lines: { create: kpis.map((k, position) => ({ kpiId: k.id, weight: weights[position]!, position })) },
      },
    });
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const pg = await server();
const url = await createDatabase(pg.url, `duda_bench_${randomUUID().slice(0, 8)}`);
const pool = createPool(url, 10);
let missed = false;
try {
  for (const db of [orgDatabase, inspectionDatabase, trainingDatabase, database])
    await applyMigrations(pool, db);
  const generating = performance.now();
  const cities = await writeProvince(pool, CITIES, STAFF, MONTH);
  const org = createOrgService({ pool });
  const inspection = createInspectionService({
    pool,
    org: localServiceClient(org.router),
    photos: localFolderStorage(await makeTempDir('duda-bench-photos-')),
    secret: 'bench',
  });
  const training = createTrainingService({ pool, org: localServiceClient(org.router) });
  const service = createPerformanceService({
    pool,
    org: localServiceClient(org.router),
    inspection: localServiceClient(inspection.router),
    training: localServiceClient(training.router),
  });
  for (const city of cities) await writeSchemes(service.prisma, city.id, city.supervisor.personId);
  console.log(
    `performance province bench: ${CITIES} cities × ${STAFF} staff (${CITIES * STAFF}), ${MONTH}; sources generated in ${seconds(performance.now() - generating)}`,
  );

  // Each source of the first city alone (after the run's timings they show where a miss comes from).
  const timed = async (label: string, ask: () => Promise<unknown>) => {
    const at = performance.now();
    await ask();
    return `${label} ${seconds(performance.now() - at)}`;
  };
  const first = cities[0]!;
  const ctx = jobCaller(first.supervisor, 'bench-sources');
  const sources = [
    await timed('org halls', () => hallsInScope(service.deps.org, ctx)),
    await timed('org people', async () => {
      for (const role of ['clerk', 'hall_manager'] as const)
        await peopleWithRole(service.deps.org, ctx, first.id, role);
    }),
    await timed('inspection.figures.month', () =>
      service.deps.inspection!.query(ctx, 'figures.month', { orgNodeId: first.id, month: MONTH }),
    ),
    await timed('training.figures.month', () =>
      service.deps.training!.query(ctx, 'figures.month', { month: MONTH }),
    ),
  ];

  const started = performance.now();
  let slowest = 0;
  let scorecards = 0;
  for (const city of cities) {
    const cityStarted = performance.now();
    const result = await runMonth(service.deps, jobCaller(city.supervisor, `bench-${city.id}`), MONTH);
    const ms = performance.now() - cityStarted;
    slowest = Math.max(slowest, ms);
    scorecards += result.scorecards;
    console.log(`  ${city.name}  ${String(result.scorecards).padStart(5)} scorecards  ${seconds(ms)}`);
  }
  const total = performance.now() - started;
  const verdict = (ms: number, target: number) => (ms <= target ? 'ok' : 'OVER BUDGET');
  console.log(
    `city (slowest of ${CITIES}, ${STAFF} staff)   ${seconds(slowest).padStart(9)}   target ${CITY_TARGET_MS / 1000} s   ${verdict(slowest, CITY_TARGET_MS)}`,
  );
  console.log(
    `province (${scorecards} scorecards)   ${seconds(total).padStart(9)}   target ${PROVINCE_TARGET_MS / 1000} s   ${verdict(total, PROVINCE_TARGET_MS)}`,
  );
  console.log(`sources of ${first.name} alone: ${sources.join(', ')}`);
  // The sources really reached the lines: every pulled KPI has figures (the entered one waits for the superior).
  const { rows } = await pool.query<{ source: string; figures: string }>(
    `SELECT "source", count("value") AS figures FROM performance."ScorecardLine" GROUP BY "source" ORDER BY "source"`,
  );
  console.log(`lines with a figure: ${rows.map((r) => `${r.source} ${r.figures}`).join(', ')}`);
  if (slowest > CITY_TARGET_MS || total > PROVINCE_TARGET_MS) missed = true;
  await Promise.all([service.close(), training.close(), inspection.close(), org.close()]);
} finally {
  await pool.end();
  await pg.stop();
  await pg.cleanup();
}
process.exit(missed ? 1 : 0);
