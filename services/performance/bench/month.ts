// `pnpm --filter @duda/service-performance bench`: the monthly run of a city of 3,000 staff (300 halls in 10
// districts: a manager and 9 clerks each), timed against the target of 10 s; exits 1 on a miss.
// What it measures: everything of the run after the other areas have answered — each person's lines from the scheme,
// nearest targets, figures and evidence (300 inspections, ~900 rectification orders, 3,000 exam attempts, generated
// here in the shapes inspection.figures.month and training.figures.month answer), scoring and grading, and the
// one-transaction write to real PostgreSQL (3,000 scorecards, 15,000 lines with evidence) — first run and re-run.
// What it does not: the org, inspection and training queries themselves (their own benches time those).
//   BENCH_STAFF (3000), DATABASE_URL (else an embedded PostgreSQL in a temp folder).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SchemeRole } from '@duda/contract-performance';
import {
  applyMigrations,
  createDatabase,
  createPool,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '@duda/db';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { database } from '../src/database.ts';
import type { PerformanceDeps } from '../src/deps.ts';
import {
  monthSources,
  type ExamFigure,
  type InspectionFigure,
  type OrderFigure,
} from '../src/domain/sources.ts';
import { allocationsOf } from '../src/domain/targets.ts';
import { schemeInForce, type SchemeWithLines } from '../src/library/schemes.ts';
import type { OrgHall, OrgPerson } from '../src/ports/org-directory.ts';
import { createPerformancePrisma } from '../src/prisma.ts';
import { cardsOf } from '../src/scorecards/run.ts';
import { writeScorecards } from '../src/scorecards/write.ts';
import { DEFAULT_GRADE_BANDS } from '@duda/contract-performance';

const STAFF = Number(process.env.BENCH_STAFF ?? 3000);
const TARGET_MS = 10_000;
const MONTH = '2026-11';

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

/** A deterministic pseudo-random figure per index, so two runs of the bench score alike. */
const spread = (i: number, from: number, to: number) => from + (((i * 7919) % 1000) / 1000) * (to - from);

function generate() {
  const hallCount = Math.ceil(STAFF / 10);
  const districts = Array.from({ length: Math.max(1, Math.ceil(hallCount / 30)) }, (_, i) => ({
    id: randomUUID(),
    name: `压测区${i + 1}`,
  }));
  const halls: OrgHall[] = Array.from({ length: hallCount }, (_, i) => {
    const district = districts[i % districts.length]!;
    return {
      id: randomUUID(),
      name: `压测营业厅${i + 1}`,
      districtId: district.id,
      districtName: district.name,
    };
  });
  const measured: { person: OrgPerson; role: SchemeRole }[] = Array.from({ length: STAFF }, (_, i) => {
    const hall = halls[Math.floor(i / 10)]!;
    const role: SchemeRole = i % 10 === 0 ? 'hall_manager' : 'clerk';
    return {
      role,
      person: {
        id: randomUUID(),
        staffNo: `YC${String(i).padStart(6, '0')}`,
        name: `员工${i}`,
        orgNodeId: hall.id,
        orgName: hall.name,
        status: 'active',
        roles: [role],
      },
    };
  });
  const inspections: InspectionFigure[] = halls.map((hall, i) => ({
    id: randomUUID(),
    hallId: hall.id,
    hallName: hall.name,
    kind: 'MONTHLY_VISIT',
    inspectedOn: `${MONTH}-${String((i % 25) + 1).padStart(2, '0')}`,
    total: Math.round(spread(i, 68, 100) * 10) / 10,
  }));
  const orders: OrderFigure[] = inspections.flatMap((inspection, i) =>
    Array.from({ length: 3 }, (_, n) => ({
      id: randomUUID(),
      hallId: inspection.hallId,
      inspectionId: inspection.id,
      itemTitle: `检查项 ${n + 1}`,
      status: (i + n) % 5 === 0 ? 'OPEN' : 'ACCEPTED',
      overdue: (i + n) % 10 === 0,
    })),
  );
  const examId = randomUUID();
  const exams: ExamFigure[] = measured.map(({ person }, i) => ({
    examId,
    examTitle: '11月全市月考',
    kind: 'CITY_MONTHLY',
    closed: true,
    personId: person.id,
    attemptId: randomUUID(),
    percent: Math.round(spread(i, 40, 100)),
    passed: spread(i, 40, 100) >= 60,
  }));
  return { halls, measured, figures: monthSources(inspections, orders, exams), orders: orders.length };
}

const pg = await server();
const url = await createDatabase(pg.url, `duda_bench_${randomUUID().slice(0, 8)}`);
const pool = createPool(url, 10);
let missed = false;
try {
  await applyMigrations(pool, database);
  const prisma = createPerformancePrisma(pool);
  const cityId = randomUUID();
  const author = randomUUID();
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
  const schemes = new Map<SchemeRole, SchemeWithLines>();
  for (const role of ['clerk', 'hall_manager'] as const) {
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
    schemes.set(role, (await schemeInForce(prisma, cityId, role, MONTH))!);
  }
  const world = generate();
  const hallOf = new Map(world.halls.map((hall) => [hall.id, hall]));
  const deps = {
    prisma,
    now: () => new Date(),
    org: null,
    inspection: null,
    training: null,
  } as unknown as PerformanceDeps;
  const run = async () => {
    const started = performance.now();
    const cards = cardsOf({
      schemes,
      hallOf,
      measured: world.measured,
      figures: world.figures,
      allocations: allocationsOf([]),
    });
    const computed = performance.now() - started;
    const count = await writeScorecards(deps, { cityId, month: MONTH, cards, bands: DEFAULT_GRADE_BANDS });
    return { count, computed, total: performance.now() - started };
  };
  console.log(
    `performance month bench: ${STAFF} staff, ${world.halls.length} halls, ${world.orders} orders, ${STAFF} exam results`,
  );
  for (const label of ['first run', 're-run']) {
    const { count, computed, total } = await run();
    const verdict = total <= TARGET_MS ? 'ok' : 'OVER BUDGET';
    console.log(
      `${label.padEnd(10)} ${String(count).padStart(5)} scorecards   ${(total / 1000).toFixed(2)} s (scoring ${(computed / 1000).toFixed(2)} s)   target ${TARGET_MS / 1000} s   ${verdict}`,
    );
    if (total > TARGET_MS) missed = true;
  }
  const lines = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM performance."ScorecardLine"`);
  console.log(`stored lines: ${lines.rows[0]!.n}`);
  await prisma.$disconnect();
} finally {
  await pool.end();
  await pg.stop();
  await pg.cleanup();
}
process.exit(missed ? 1 : 0);
