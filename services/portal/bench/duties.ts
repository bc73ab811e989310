// `pnpm --filter @duda/service-portal bench:duties`: the nightly generation of duty tasks (必做) for a province.
// 30,000 people holding duty posts — the figure, a province of 11 cities: 3 city supervisors and 30
// district supervisors per city, and per hall a manager, two duty managers and an assistant (7,410 halls) — with
// the catalogue of docs/domain.md as each city's templates. Runs the job (generateToday) for every night of a
// month, starting on the 1st, when the day's, the week's and the month's tasks are all new (the heaviest night).
// Targets: the heaviest night under 30 s (issue 13: "generating the day's tasks for 30,000 people < 30 s"); the
// whole month under 10 minutes (an average night under 20 s, leaving the job a wide margin before the 06:00
// closing run even on a loaded database). Prints each figure beside its target, exits 1 on a miss.
//   BENCH_PEOPLE (30000), BENCH_DAYS (30), DATABASE_URL (else an embedded PostgreSQL).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DutyRole } from '@duda/contract-portal';
import {
  applyMigrations,
  createDatabase,
  createPool,
  dropDatabase,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '@duda/db';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { addCalendarDays, startOfChinaDay } from '@duda/month';
import { database } from '../src/database.ts';
import type { Holder } from '../src/duties/domain/occurrences.ts';
import { generateToday } from '../src/duties/generation.ts';
import { enrol } from '../src/duties/holders.ts';
import { cityVersions } from '../src/duties/templates.ts';
import { createPortalPrisma } from '../src/prisma.ts';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 30_000);
const DAYS = Number(process.env.BENCH_DAYS ?? 30);
const CITIES = 11;
const NIGHT_TARGET_MS = 30_000;
const MONTH_TARGET_MS = 600_000;
const FIRST_DAY = '2026-12-01';

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

/** The province's duty holders: the office tiers of each city first, then four posts per hall. */
function province(): Holder[] {
  const cities = Array.from({ length: CITIES }, () => randomUUID());
  const holders: Holder[] = [];
  const add = (role: DutyRole, cityId: string, orgNodeId: string, n: number) =>
    holders.push({
      personId: randomUUID(),
      personName: `人员${n}`,
      role,
      orgNodeId,
      orgName: `单位${n}`,
      cityId,
    });
  for (const cityId of cities) {
    for (let i = 0; i < 3; i++) add('city_supervisor', cityId, cityId, holders.length);
    for (let i = 0; i < 30; i++) add('district_supervisor', cityId, randomUUID(), holders.length);
  }
  const hallPosts: DutyRole[] = ['hall_manager', 'duty_manager', 'duty_manager', 'manager_assistant'];
  for (let hall = 0; holders.length < PEOPLE; hall++) {
    const hallId = randomUUID();
    for (const role of hallPosts)
      if (holders.length < PEOPLE) add(role, cities[hall % CITIES]!, hallId, holders.length);
  }
  return holders;
}

const pg = await server();
const name = `duda_bench_${randomUUID().slice(0, 8)}`;
const url = await createDatabase(pg.url, name);
const pool = createPool(url, 10);
const prisma = createPortalPrisma(pool);
try {
  await applyMigrations(pool, database);
  const holders = province();
  const clock = { now: startOfChinaDay(FIRST_DAY) };
  await enrol(prisma, holders, clock.now);
  for (const cityId of new Set(holders.map((h) => h.cityId))) await cityVersions(prisma, cityId);
  console.log(`${holders.length} duty holders in ${CITIES} cities; ${DAYS} nights from ${FIRST_DAY}`);

  const nights: { day: string; ms: number; created: number }[] = [];
  for (let d = 0; d < DAYS; d++) {
    const day = addCalendarDays(FIRST_DAY, d);
    // The job's firing just after midnight China time.
    clock.now = new Date(startOfChinaDay(day).getTime() + 60_000);
    const started = performance.now();
    const created = await generateToday({ prisma, now: () => clock.now });
    nights.push({ day, ms: performance.now() - started, created });
  }
  const heaviest = nights.reduce((a, b) => (b.ms > a.ms ? b : a));
  const month = nights.reduce((sum, n) => sum + n.ms, 0);
  const tasks = nights.reduce((sum, n) => sum + n.created, 0);
  const line = (label: string, ms: number, target: number, detail: string) => {
    const missed = ms > target;
    if (missed) process.exitCode = 1;
    console.log(
      `${label.padEnd(22)} ${(ms / 1000).toFixed(1).padStart(7)} s   target ${target / 1000} s   ratio ${(ms / target).toFixed(3)}   ${missed ? 'OVER BUDGET' : 'ok'}   (${detail})`,
    );
  };
  line('heaviest night', heaviest.ms, NIGHT_TARGET_MS, `${heaviest.day}, ${heaviest.created} tasks made`);
  line(
    `${DAYS} nights`,
    month,
    MONTH_TARGET_MS,
    `${tasks} tasks made, ${Math.round(tasks / (month / 1000))} per second`,
  );
} finally {
  await prisma.$disconnect();
  await pool.end();
  await dropDatabase(pg.url, name);
  await pg.stop();
  await pg.cleanup();
}
