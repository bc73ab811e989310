// `pnpm --filter @duda/service-performance bench:province`: the monthly run of a province, sources included — for
// each city, the run's own work (`computeMonth`, what the month job runs): org's halls and people,
// inspection.figures.month, training.figures.month, .skills and .reading, forms.complaints.counts, all through their
// APIs as the city supervisor, and the duty rates the portal published from performance's own copy, then scoring
// and the write — over data generated in those services' tables (province-world.ts). Prints each source's pull in
// the slowest city (and its slowest in any city), the slowest city beside the city target (3,000 staff < 10 s) and
// the whole province beside its target (30,000 < 60 s), each beside the last figures before the skill-test,
// reading, complaint and duty-rate sources; exits 1 on a miss, or when a pulled source reached no line.
//   BENCH_CITIES (10), BENCH_STAFF per city (3000): `BENCH_CITIES=2 BENCH_STAFF=200` for a quick check.
//   DATABASE_URL (else an embedded PostgreSQL in a temp folder).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PULLED_SOURCES, type KpiSource } from '@duda/contract-performance';
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
import { localServiceClient, type ServiceClient } from '@duda/service-kit';
import { createFormsService, database as formsDatabase } from '@duda/service-forms';
import { createInspectionService, database as inspectionDatabase } from '@duda/service-inspection';
import { createOrgService, database as orgDatabase } from '@duda/service-org';
import { createTrainingService, database as trainingDatabase } from '@duda/service-training';
import { database } from '../src/database.ts';
import type { PerformanceDeps } from '../src/deps.ts';
import { createPerformanceService } from '../src/module.ts';
import type { PerformancePrisma } from '../src/prisma.ts';
import { hallsInScope, peopleWithRole } from '../src/ports/org-directory.ts';
import { jobCaller } from '../src/scorecards/caller.ts';
import { computeMonth } from '../src/scorecards/run.ts';
import { storeDutyRates } from '../src/sources/duty-rates.ts';
import { CITY_SOURCES, pullCitySources } from '../src/sources/pull.ts';
import { dutyRatesPayload, writeProvince } from './province-world.ts';

const CITIES = Number(process.env.BENCH_CITIES ?? 10);
const STAFF = Number(process.env.BENCH_STAFF ?? 3000);
const CITY_TARGET_MS = 10_000;
const PROVINCE_TARGET_MS = 60_000;
// The last full run before the skill-test, reading, complaint and duty-rate sources (10 × 3,000 on this machine).
const BASELINE = { cityMs: 1_590, provinceMs: 14_770 };
const MONTH = currentMonth(new Date());
const DUTY_RATES = "performance's duty rates";

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

/** The scheme of clerks and managers in every city: every pulled source but the retake, and one entered figure. */
const LINES: readonly {
  weight: number;
  name: string;
  source: KpiSource;
  direction: 'HIGHER' | 'LOWER';
  target: number;
  rule: object;
}[] = [
  {
    weight: 20,
    name: '营业厅检查得分',
    source: 'HALL_INSPECTION_SCORE',
    direction: 'HIGHER',
    target: 95,
    rule: { kind: 'LINEAR', floor: 60 },
  },
  {
    weight: 10,
    name: '整改率',
    source: 'RECTIFICATION_RATE',
    direction: 'HIGHER',
    target: 100,
    rule: { kind: 'LINEAR', floor: 50 },
  },
  {
    weight: 10,
    name: '超期整改单',
    source: 'RECTIFICATION_OVERDUE',
    direction: 'LOWER',
    target: 0,
    rule: { kind: 'DEDUCTION', perUnit: 5, cap: 15 },
  },
  {
    weight: 15,
    name: '考试成绩',
    source: 'EXAM_SCORE',
    direction: 'HIGHER',
    target: 90,
    rule: {
      kind: 'STEPS',
      steps: [
        { threshold: 90, share: 100 },
        { threshold: 60, share: 60 },
      ],
    },
  },
  {
    weight: 10,
    name: '技能测试准确率',
    source: 'SKILL_TEST',
    direction: 'HIGHER',
    target: 100,
    rule: { kind: 'LINEAR', floor: 60 },
  },
  {
    weight: 5,
    name: '必读未读',
    source: 'UNREAD_READING',
    direction: 'LOWER',
    target: 0,
    rule: { kind: 'DEDUCTION', perUnit: 2, cap: 10 },
  },
  {
    weight: 10,
    name: '有效投诉',
    source: 'COMPLAINTS',
    direction: 'LOWER',
    target: 0,
    rule: { kind: 'DEDUCTION', perUnit: 5, cap: 20 },
  },
  {
    weight: 10,
    name: '必做完成率',
    source: 'DUTY_COMPLETION_RATE',
    direction: 'HIGHER',
    target: 100,
    rule: { kind: 'LINEAR', floor: 70 },
  },
  {
    weight: 10,
    name: '团队建设与工作态度',
    source: 'TEAM_ATTITUDE',
    direction: 'HIGHER',
    target: 20,
    rule: { kind: 'MANUAL' },
  },
];

async function writeSchemes(prisma: PerformancePrisma, cityId: string, author: string) {
  const kpis = [];
  for (const line of LINES)
    kpis.push(
      await prisma.kpi.create({
        data: {
          cityId,
          name: line.name,
          definition: line.name,
          unit: '分',
          direction: line.direction,
          target: line.target,
          rule: line.rule,
          source: line.source,
          createdById: author,
        },
      }),
    );
  for (const role of ['clerk', 'hall_manager'] as const)
    await prisma.scheme.create({
      data: {
        cityId,
        role,
        name: role,
        fromMonth: MONTH,
        createdById: author,
        lines: {
          create: kpis.map((k, position) => ({ kpiId: k.id, weight: LINES[position]!.weight, position })),
        },
      },
    });
}

/** Each source's pulls during one city's run: how many calls and the time in them (they overlap: the run asks at once). */
type Pulls = Map<string, { ms: number; calls: number }>;
let pulls: Pulls = new Map();

async function timed<T>(label: string, ask: () => Promise<T>): Promise<T> {
  const at = performance.now();
  try {
    return await ask();
  } finally {
    const seen = pulls.get(label) ?? { ms: 0, calls: 0 };
    pulls.set(label, { ms: seen.ms + performance.now() - at, calls: seen.calls + 1 });
  }
}

const timedClient = (service: string, client: ServiceClient): ServiceClient => ({
  query: (caller, path, input) => timed(`${service}.${path}`, () => client.query(caller, path, input)),
});

/** Performance's client as the run uses it, with its one query of the kept duty rates timed. */
const timedPrisma = (prisma: PerformancePrisma) =>
  prisma.$extends({
    query: {
      dutyRateMonth: { findUnique: ({ args, query }) => timed(DUTY_RATES, () => query(args)) },
    },
  }) as unknown as PerformancePrisma;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const pg = await server();
const url = await createDatabase(pg.url, `duda_bench_${randomUUID().slice(0, 8)}`);
const pool = createPool(url, 10);
let missed = false;
try {
  for (const db of [orgDatabase, inspectionDatabase, trainingDatabase, formsDatabase, database])
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
  const forms = createFormsService({
    pool,
    org: localServiceClient(org.router),
    files: localFolderStorage(await makeTempDir('duda-bench-forms-')),
  });
  const service = createPerformanceService({
    pool,
    org: localServiceClient(org.router),
    inspection: localServiceClient(inspection.router),
    training: localServiceClient(training.router),
    forms: localServiceClient(forms.router),
  });
  for (const city of cities) {
    await writeSchemes(service.prisma, city.id, city.supervisor.personId);
    // As performance's subscription stores what the portal publishes.
    await storeDutyRates(service.prisma, await dutyRatesPayload(pool, city, MONTH));
  }
  console.log(
    `performance province bench: ${CITIES} cities × ${STAFF} staff (${CITIES * STAFF}), ${MONTH}; sources generated in ${seconds(performance.now() - generating)}`,
  );

  const deps: PerformanceDeps = {
    ...service.deps,
    prisma: timedPrisma(service.prisma),
    org: timedClient('org', service.deps.org),
    inspection: timedClient('inspection', service.deps.inspection!),
    training: timedClient('training', service.deps.training!),
    forms: timedClient('forms', service.deps.forms!),
  };
  // Every source once for the first city before the clock starts: the first call of each pays the process's warm-up
  // (compiling the code paths, Prisma's first queries), which a running service paid long before its month job.
  const first = cities[0]!;
  const warm = jobCaller(first.supervisor, 'bench-warm-up');
  await Promise.all([
    hallsInScope(service.deps.org, warm),
    peopleWithRole(service.deps.org, warm, first.id, 'clerk'),
    service.deps.inspection!.query(warm, 'figures.month', { orgNodeId: first.id, month: MONTH }),
    service.deps.training!.query(warm, 'figures.month', { month: MONTH }),
    pullCitySources(service.deps, warm, { cityId: first.id, month: MONTH, sources: new Set(CITY_SOURCES) }),
  ]);

  // Beside wall time, this process's CPU time (PostgreSQL's is not in it): on a machine other work shares, the CPU
  // the run itself needed says more than the clock, which then mostly counts the wait for a core.
  const cpuSeconds = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return seconds((used.user + used.system) / 1000);
  };
  const started = performance.now();
  const provinceCpu = process.cpuUsage();
  let slowest = { name: '', ms: 0, pulls: new Map() as Pulls };
  const slowestPull = new Map<string, number>();
  let scorecards = 0;
  for (const city of cities) {
    pulls = new Map();
    const cityStarted = performance.now();
    const cityCpu = process.cpuUsage();
    const result = await computeMonth(deps, jobCaller(city.supervisor, `bench-${city.id}`), city.id, MONTH);
    const ms = performance.now() - cityStarted;
    if (ms > slowest.ms) slowest = { name: city.name, ms, pulls };
    for (const [label, pull] of pulls) slowestPull.set(label, Math.max(slowestPull.get(label) ?? 0, pull.ms));
    scorecards += result.scorecards;
    console.log(
      `  ${city.name}  ${String(result.scorecards).padStart(5)} scorecards  ${seconds(ms)}  (CPU ${cpuSeconds(cityCpu)})`,
    );
  }
  const total = performance.now() - started;
  const totalCpu = cpuSeconds(provinceCpu);

  console.log(`pulls of ${slowest.name} (the slowest city; they run side by side)   slowest in any city`);
  for (const [label, pull] of [...slowest.pulls].sort(([, a], [, b]) => b.ms - a.ms))
    console.log(
      `  ${label.padEnd(28)} ${seconds(pull.ms).padStart(8)}  ${String(pull.calls).padStart(2)} call${pull.calls === 1 ? ' ' : 's'}   ${seconds(slowestPull.get(label)!).padStart(8)}`,
    );
  const verdict = (ms: number, target: number) => (ms <= target ? 'ok' : 'OVER BUDGET');
  console.log(
    `city (slowest of ${CITIES}, ${STAFF} staff)   ${seconds(slowest.ms).padStart(9)}   target ${CITY_TARGET_MS / 1000} s   before the new sources ${seconds(BASELINE.cityMs)}   ${verdict(slowest.ms, CITY_TARGET_MS)}`,
  );
  console.log(
    `province (${scorecards} scorecards)   ${seconds(total).padStart(9)} (CPU ${totalCpu})   target ${PROVINCE_TARGET_MS / 1000} s   before the new sources ${seconds(BASELINE.provinceMs)}   ${verdict(total, PROVINCE_TARGET_MS)}`,
  );
  // The sources really reached the lines: every pulled KPI has figures (the entered one waits for the superior).
  const { rows } = await pool.query<{ source: string; figures: string }>(
    `SELECT "source", count("value") AS figures FROM performance."ScorecardLine" GROUP BY "source" ORDER BY "source"`,
  );
  console.log(`lines with a figure: ${rows.map((r) => `${r.source} ${r.figures}`).join(', ')}`);
  const empty = LINES.map((line) => line.source).filter(
    (source) =>
      (PULLED_SOURCES as readonly KpiSource[]).includes(source) &&
      !rows.some((r) => r.source === source && Number(r.figures) > 0),
  );
  if (empty.length) console.log(`NO FIGURES from ${empty.join(', ')}: the bench did not measure them`);
  if (slowest.ms > CITY_TARGET_MS || total > PROVINCE_TARGET_MS || empty.length) missed = true;
  await Promise.all([service.close(), forms.close(), training.close(), inspection.close(), org.close()]);
} finally {
  await pool.end();
  await pg.stop();
  await pg.cleanup();
}
process.exit(missed ? 1 : 0);
