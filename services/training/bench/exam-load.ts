// `pnpm --filter @duda/service-training bench:exam` (`bench` runs it after the statistics bench): issue 10's exam at scale. 10,000 examinees sit one exam
// against the real gateway (its own process, over loopback HTTP, each with a real session and CSRF token); each
// autosaves an answer every 30 s (≈ 333 saves/s) for 10 minutes, then 2,000 submit within 10 s. Every save and
// submit is `training.attempts.save` / `.submit` through the gateway; the examinees, sessions and running attempts
// are written directly (exam-world.ts: none of that is measured). Then, once the submits' after-work is done, the
// save rate is stepped in stages from the exam's own rate (each first brought to its rate, then measured) to find
// the highest that keeps p99 < 200 ms, PostgreSQL's single-row insert rate is measured on the same server
// (the baseline), and every acknowledged answer is replayed against what is stored: zero lost.
// Prints each figure beside its target and baseline; exits 1 on a miss.
// The load generator models browsers (examinee-client.ts): each examinee its own keep-alive connection, opened at
// sign-in and kept warm by the autosaves, no retries — not one shared pool, whose unlimited connections turn any
// stall of the gateway into a connection storm that overflows its accept queue (waits of seconds, connect
// timeouts, resets) and charge the generator's queue to the server. The autosave and submit phases print a
// timeline (timeline.ts): per second, what was sent and answered, failures by cause, and where requests wait —
// in the generator, in the gateway, for a database connection — with both event loops' delay.
//   --minutes (10)  --examinees (10000)  --submits (2000)  --stage-seconds (20)  --insert-seconds (20)
//   --short: a quick before/after comparison (1,000 examinees, 1 minute, 1,000 submits, no rate stages, 5 s of
//   inserts); its latency targets are not the issue's, its per-request figures (CPU, statements, WAL) are.
//   Each phase also prints what it cost PostgreSQL per request (db-figures.ts) and the gateway's event-loop delay.
//   DATABASE_URL: a server to create the bench's database on (else an embedded PostgreSQL in a temporary folder).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { DrawnSlot, QuestionResponse } from '@duda/contract-training';
import { createDatabase, createPool, dropDatabase, startEmbeddedPostgres } from '@duda/db';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { afterWorkDone } from './after-work.ts';
import { seedExamWorld } from './exam-world.ts';
import { clientSockets, closeBrowsers, mutate, read, signIn, type SignedIn } from './examinee-client.ts';
import { startGatewayProcess } from './gateway-process.ts';
import { drive, percentiles, type DriveResult, type Percentiles } from './load.ts';
import { postgresInsertRate } from './postgres-inserts.ts';
import { FIGURE_SETTINGS, prepareFigures, printPhase, resetStatements } from './db-figures.ts';
import { ServerBackground } from './server-background.ts';
import { Timeline } from './timeline.ts';
import { WaitSampler } from './wait-sampler.ts';

const { values: args } = parseArgs({
  // pnpm 10 hands a `--` on to the script (`bench:exam -- --minutes 4`): it separates nothing here.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    minutes: { type: 'string', default: '10' },
    examinees: { type: 'string', default: '10000' },
    submits: { type: 'string', default: '2000' },
    'stage-seconds': { type: 'string', default: '20' },
    'insert-seconds': { type: 'string', default: '20' },
    short: { type: 'boolean', default: false },
  },
});
const SHORT = args.short;
const MINUTES = SHORT ? 1 : Number(args.minutes);
const EXAMINEES = SHORT ? 1000 : Number(args.examinees);
const SUBMITS = Math.min(SHORT ? 1000 : Number(args.submits), EXAMINEES);
const STAGE_SECONDS = Number(args['stage-seconds']);
const STAGE_WARM_S = 30;
const INSERT_SECONDS = SHORT ? 5 : Number(args['insert-seconds']);
const AUTOSAVE_EVERY_S = 30;
const SUBMIT_WINDOW_S = 10;
const EARLY_FINISHERS = 20;
const TARGET_P99_MS = 200;
// Around the autosave rate, low enough that a loaded machine still shows where its ceiling is.
const STAGE_RATES = [50, 100, 150, 200, 250, 333, 400, 500, 650, 800, 1000, 1250, 1500, 2000, 2500, 3000];
const INSERT_CONNECTIONS = 20; // the gateway's pool size

async function postgres() {
  if (process.env.DATABASE_URL)
    return { url: process.env.DATABASE_URL, stop: async () => undefined, cleanup: async () => undefined };
  const dir = await makeTempDir('duda-bench-exam-');
  const options = { dataDir: path.join(dir, 'data'), port: 55000 + Math.floor(Math.random() * 5000) };
  const first = await startEmbeddedPostgres(options);
  // The per-request figures need pg_stat_statements, which loads only at a server's start.
  const admin = createPool(first.url, 1);
  for (const [setting, value] of Object.entries(FIGURE_SETTINGS))
    await admin.query(`ALTER SYSTEM SET "${setting}" = '${value}'`);
  await admin.end();
  await first.stop();
  const pg = await startEmbeddedPostgres(options);
  return { ...pg, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A different answer each time, valid for the slot's type and the options it showed. */
function answerFor(slot: DrawnSlot, n: number): QuestionResponse {
  const options = slot.optionOrder ?? [];
  switch (slot.type) {
    case 'SINGLE_CHOICE':
      return { type: 'SINGLE_CHOICE', choice: options[n % options.length]! };
    case 'MULTIPLE_CHOICE':
      return { type: 'MULTIPLE_CHOICE', choices: options.filter((_, i) => (n >> i) & 1) };
    case 'TRUE_FALSE':
      return { type: 'TRUE_FALSE', value: n % 2 === 0 };
    default:
      return { type: 'FILL_IN', blanks: [`1008${n % 10}`, `营业厅 ${n}`] };
  }
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const row = (what: string, figure: string, target: string, baseline: string, ok: boolean) =>
  console.log(
    `${what.padEnd(44)} ${figure.padStart(16)}  ${target.padEnd(14)} ${baseline.padEnd(22)} ${ok ? 'ok' : 'MISSED'}`,
  );
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

const server = await postgres();
const name = `duda_bench_${randomUUID().slice(0, 8)}`;
const url = await createDatabase(server.url, name);
let misses = 0;
const check = (ok: boolean) => {
  if (!ok) misses++;
  return ok;
};
try {
  console.log(`load average before: ${load()} (${(await import('node:os')).cpus().length} cores)`);
  const gateway = await startGatewayProcess(url); // migrates every service's schema
  const pool = createPool(url, 4);
  try {
    const snapshot = await prepareFigures(pool);
    const loopDelay = async () => {
      const d = await gateway.eventLoopDelay();
      return `event-loop delay p50 ${ms(d.p50)} p99 ${ms(d.p99)} max ${ms(d.max)}`;
    };
    const started = Date.now();
    const world = await seedExamWorld(pool, EXAMINEES, new Date());
    const examinees = await signIn(gateway.origin, world.examinees);
    const background = new ServerBackground(url);
    const waits = new WaitSampler(
      url,
      new Map([
        [gateway.pid, 'gateway'],
        [process.pid, 'generator'],
      ]),
    );
    const timeline = new Timeline({
      client: () => clientSockets(examinees),
      server: gateway.now,
      background: { header: ServerBackground.header, sample: () => background.sample() },
      waits,
    });
    console.log(
      `${EXAMINEES} examinees (sessions written as login writes them, CSRF token fetched per session), 50-question paper, in ${((Date.now() - started) / 1000).toFixed(0)} s`,
    );

    // What each examinee had acknowledged, per slot: the seq and the answer, for the replay at the end.
    const acknowledged = new Map<string, { seq: number; response: string }>();
    const seqs = new Int32Array(EXAMINEES);
    const save = (who: SignedIn, index: number) => async () => {
      const seq = ++seqs[index]!;
      const slot = world.slots[(seq * 7 + index) % world.slots.length]!;
      const response = answerFor(slot, seq + index);
      const answer = await mutate<{ saved: boolean }>(gateway.origin, who, 'training.attempts.save', {
        attemptId: who.attemptId,
        deviceId: who.deviceId,
        slot: slot.slot,
        seq,
        response,
      });
      if (!answer.saved) return `save ${who.attemptId}#${seq}: not saved`;
      const key = `${who.attemptId}:${slot.slot}`;
      if ((acknowledged.get(key)?.seq ?? -1) < seq)
        acknowledged.set(key, { seq, response: JSON.stringify(response) });
      return null;
    };
    // Examinees [from, to), in turn.
    const saves = (from: number, to: number) => (n: number) => {
      const index = from + (n % (to - from));
      return save(examinees[index]!, index)();
    };
    const report = (result: DriveResult) =>
      result.failures.length || result.heldBack
        ? ` — ${result.failures.length} failed (${[...new Set(result.failures.map((f) => f.replace(/ [0-9a-f-]{36}#\d+/, '')))].slice(0, 3).join('; ')}), ${result.heldBack} held back`
        : '';

    // The floor every signed-in request pays (session, actor, CSRF-free tRPC read): org.me, as many as saves.
    const floorRate = Math.min(EXAMINEES / AUTOSAVE_EVERY_S, 50);
    const floorCpu = gateway.cpuMs();
    const floor = await drive(floorRate, 10, async (n) => {
      await read(gateway.origin, examinees[n % EXAMINEES]!, 'org.me');
      return null;
    });
    const cpuPerRead = (gateway.cpuMs() - floorCpu) / (floor.latencies.length + floor.failures.length);
    const floorLatency = percentiles(floor.latencies);
    console.log(
      `signed-in read org.me at ${floorRate}/s: p50 ${ms(floorLatency.p50)} p99 ${ms(floorLatency.p99)}, ${cpuPerRead.toFixed(2)} ms of gateway CPU each${report(floor)}`,
    );

    // What the gateway spends with no request at all (job polling, outbox relays): subtracted below, so a short
    // run's few requests are not charged with it.
    const idleCpu = gateway.cpuMs();
    await new Promise((r) => setTimeout(r, 10_000));
    const idlePerSecond = (gateway.cpuMs() - idleCpu) / 10;
    console.log(`gateway CPU with no requests: ${idlePerSecond.toFixed(1)} ms per second`);
    const net = (cpu: number, seconds: number, requests: number) =>
      `${((cpu - idlePerSecond * seconds) / requests).toFixed(2)} ms net of that`;

    const rate = EXAMINEES / AUTOSAVE_EVERY_S;
    // One round of autosaves, not counted: it warms the JIT, pools and caches, and leaves every examinee's
    // connection open and in use, as in an exam already under way. Right before the phase, so each examinee's
    // next save comes 30 s (and the snapshot's checkpoint) after its last, well within the browser's 60 s idle
    // close: with the floor and idle measurements in between, a loaded machine pushed that gap past 60 s and the
    // phase began with thousands of examinees reconnecting at once, into the gateway's accept queue.
    await drive(rate, AUTOSAVE_EVERY_S, saves(0, EXAMINEES));
    console.log(`\nautosave: ${rate.toFixed(0)} saves/s for ${MINUTES} min … (load ${load()})`);
    const dbBeforeSaves = await snapshot('start');
    await resetStatements(pool);
    await loopDelay();
    const cpuBefore = gateway.cpuMs();
    // The generator shares the machine's two cores with the gateway and PostgreSQL: its share of a save belongs
    // in the machine's budget beside theirs.
    const generatorBefore = process.cpuUsage();
    waits.start();
    timeline.begin('autosave');
    const steady = await drive(rate, MINUTES * 60, saves(0, EXAMINEES), timeline);
    timeline.end();
    const saveCpu = gateway.cpuMs() - cpuBefore;
    const generatorCpu = process.cpuUsage(generatorBefore);
    const cpuPerSave = saveCpu / (steady.latencies.length + steady.failures.length);
    const steadyLoad = load();
    console.log(
      `  done (load ${steadyLoad}); the gateway process used ${cpuPerSave.toFixed(2)} ms of CPU per save (${net(saveCpu, steady.seconds, steady.latencies.length + steady.failures.length)}), the load generator ${((generatorCpu.user + generatorCpu.system) / 1000 / (steady.latencies.length + steady.failures.length)).toFixed(2)} ms; ${await loopDelay()}${report(steady)}`,
    );
    await printPhase(
      pool,
      'save',
      steady.latencies.length + steady.failures.length,
      dbBeforeSaves,
      await snapshot('end'),
    );

    // The last examinees of the round submit: they saved in its last seconds, so their connections are as warm
    // as a browser's at the end of an exam, however long the figures above took to print.
    const firstSubmitter = EXAMINEES - SUBMITS;
    // In an exam some finish early: the closing burst meets a gateway that has answered submits before. Without
    // them the burst's first second also paid for everything a process does the first time (compiling the
    // submit's code and queries), which no examinee at the close of a real exam meets.
    const earlyFrom = Math.max(0, firstSubmitter - EARLY_FINISHERS);
    for (const who of examinees.slice(earlyFrom, firstSubmitter)) {
      const early = await mutate<{ status: string }>(gateway.origin, who, 'training.attempts.submit', {
        attemptId: who.attemptId,
        deviceId: who.deviceId,
      });
      if (early.status !== 'SUBMITTED') throw new Error(`an early submit was answered ${early.status}`);
    }
    console.log(
      `submit: ${firstSubmitter - earlyFrom} examinees finished early (not measured); ${SUBMITS} in ${SUBMIT_WINDOW_S} s …`,
    );
    const dbBeforeSubmits = await snapshot('start');
    await resetStatements(pool);
    await loopDelay();
    const cpuBeforeSubmits = gateway.cpuMs();
    // The monotonic clock the gateway's CPU profile (BENCH_CPU_PROF) stamps its samples with: the submit phase's
    // samples are the ones between these two (bench/profile-window.ts).
    const submitsFrom = process.hrtime.bigint() / 1000n;
    timeline.begin('submit');
    const submitted = await drive(
      SUBMITS / SUBMIT_WINDOW_S,
      SUBMIT_WINDOW_S,
      async (n) => {
        const who = examinees[firstSubmitter + n]!;
        const result = await mutate<{ status: string }>(gateway.origin, who, 'training.attempts.submit', {
          attemptId: who.attemptId,
          deviceId: who.deviceId,
        });
        return result.status === 'SUBMITTED' ? null : `submit: ${result.status}`;
      },
      timeline,
    );
    timeline.end();
    waits.stop();
    const submitCpu = gateway.cpuMs() - cpuBeforeSubmits;
    if (process.env.BENCH_CPU_PROF)
      console.log(
        `  submit phase on the profile's clock: ${submitsFrom}–${process.hrtime.bigint() / 1000n} µs`,
      );
    console.log(
      `  done in ${submitted.seconds.toFixed(1)} s; the gateway process used ${(submitCpu / SUBMITS).toFixed(2)} ms of CPU per submit (${net(submitCpu, submitted.seconds, SUBMITS)}); ${await loopDelay()}${report(submitted)}`,
    );
    await printPhase(pool, 'submit', SUBMITS, dbBeforeSubmits, await snapshot('end'));

    // --short has every examinee submit, so nobody is left to step the rate up with: it measures no stages.
    let highest = 0;
    let highestP99 = NaN;
    if (!SHORT) {
      console.log(`after-work of the submits (events, jobs): ${await afterWorkDone(pool, 180)}`);
      console.log(
        `save rate stages: ${STAGE_WARM_S} s to reach the rate, then ${STAGE_SECONDS} s measured (the examinees who did not submit) …`,
      );
      const stage = async (stageRate: number) => {
        // A rate R is an exam of 30·R examinees, each saving every 30 s (all who are left, more often, above
        // that): in the unmeasured first 30 s each saves once, so their connections are open as in an exam
        // under way and the machine runs at the rate before it is measured.
        const crowd = Math.min(earlyFrom, Math.ceil(stageRate * AUTOSAVE_EVERY_S));
        await drive(stageRate, STAGE_WARM_S, saves(0, crowd));
        waits.start();
        timeline.begin(`the ${stageRate}/s stage`);
        const measured = await drive(stageRate, STAGE_SECONDS, saves(0, crowd), timeline);
        timeline.end();
        waits.stop();
        const p = percentiles(measured.latencies);
        const kept = p.p99 < TARGET_P99_MS && measured.failures.length === 0 && measured.heldBack === 0;
        console.log(
          `  ${String(stageRate).padStart(5)}/s  ${String(crowd).padStart(5)} examinees  p50 ${ms(p.p50)}  p99 ${ms(p.p99)}${report(measured)}  ${kept ? 'kept' : 'not kept'}`,
        );
        if (kept && stageRate > highest) {
          highest = stageRate;
          highestP99 = p.p99;
        }
        return kept;
      };
      // From the exam's own rate: up while it keeps p99, else down until it does.
      const from = STAGE_RATES.findIndex((r) => r >= Math.floor(rate));
      if (await stage(STAGE_RATES[from]!)) {
        for (const up of STAGE_RATES.slice(from + 1)) if (!(await stage(up))) break;
      } else {
        for (const down of STAGE_RATES.slice(0, from).reverse()) if (await stage(down)) break;
      }
    }

    console.log(`PostgreSQL single-row inserts, ${INSERT_CONNECTIONS} connections, ${INSERT_SECONDS} s …`);
    const inserts = await postgresInsertRate(url, INSERT_CONNECTIONS, INSERT_SECONDS);
    const insertLatency = percentiles(inserts.latencies);

    // The replay: every acknowledged answer must be stored — its seq, or a later one, and the same answer.
    const stored = await pool.query<{ attemptId: string; slot: number; seq: number; response: unknown }>(
      `SELECT "attemptId", "slot", "seq", "response" FROM training."AttemptAnswer"`,
    );
    const byKey = new Map(stored.rows.map((r) => [`${r.attemptId}:${r.slot}`, r]));
    // jsonb keeps its own key order: answers are compared with their keys sorted.
    const canonical = (value: unknown) => JSON.stringify(value, Object.keys(value as object).sort());
    let lost = 0;
    for (const [key, mine] of acknowledged) {
      const there = byKey.get(key);
      const kept =
        there &&
        (there.seq > mine.seq ||
          (there.seq === mine.seq && canonical(there.response) === canonical(JSON.parse(mine.response))));
      if (!kept) lost++;
    }

    const s = percentiles(steady.latencies);
    const sub = percentiles(submitted.latencies);
    const line = (p: Percentiles) => `${ms(p.p50)} / ${ms(p.p95)} / ${ms(p.p99)}`;
    console.log(
      `\n${'figure'.padEnd(44)} ${'value'.padStart(16)}  ${'target'.padEnd(14)} ${'baseline'.padEnd(22)}`,
    );
    console.log(`saves p50 / p95 / p99 (${s.count} saves): ${line(s)}`);
    row(
      'save p99',
      ms(s.p99),
      `< ${TARGET_P99_MS} ms`,
      `insert p99 ${ms(insertLatency.p99)}`,
      check(s.p99 < TARGET_P99_MS),
    );
    // One Node process serves every save: beyond one core's worth of CPU per second it can only queue.
    row(
      'gateway CPU per save (one core = budget)',
      ms(cpuPerSave),
      `≤ ${ms(1000 / rate)}`,
      `org.me ${ms(cpuPerRead)}`,
      check(cpuPerSave <= 1000 / rate),
    );
    row(
      'saves failed or held back',
      String(steady.failures.length + steady.heldBack),
      '0',
      '',
      check(steady.failures.length + steady.heldBack === 0),
    );
    console.log(`submits p50 / p95 / p99 (${sub.count} submits): ${line(sub)}`);
    row(
      'submit p99',
      ms(sub.p99),
      `< ${TARGET_P99_MS} ms`,
      `insert p99 ${ms(insertLatency.p99)}`,
      check(sub.p99 < TARGET_P99_MS),
    );
    row(
      `${SUBMITS} submits answered within`,
      `${submitted.seconds.toFixed(1)} s`,
      `≤ ${SUBMIT_WINDOW_S + 1} s`,
      '',
      check(
        submitted.failures.length === 0 &&
          submitted.heldBack === 0 &&
          submitted.seconds <= SUBMIT_WINDOW_S + 1,
      ),
    );
    row(
      'lost answers (acknowledged, replayed)',
      `${lost} of ${acknowledged.size}`,
      '0',
      '',
      check(lost === 0),
    );
    if (!SHORT)
      row(
        'highest save rate with p99 < 200 ms',
        `${highest}/s`,
        `≥ ${Math.floor(rate)}/s`,
        `p99 ${ms(highestP99)}`,
        check(highest >= Math.floor(rate)),
      );
    row(
      'PostgreSQL single-row inserts',
      `${inserts.rowsPerSecond.toFixed(0)}/s`,
      '(baseline)',
      `p50 ${ms(insertLatency.p50)} p99 ${ms(insertLatency.p99)}`,
      true,
    );
    if (!SHORT)
      row(
        'highest save rate ÷ PostgreSQL inserts',
        (highest / inserts.rowsPerSecond).toFixed(3),
        '(ratio)',
        '',
        true,
      );
    console.log(`\nload average during the autosave phase: ${steadyLoad}; after: ${load()}`);
    closeBrowsers(examinees);
    await background.close();
    await waits.close();
  } finally {
    await pool.end();
    await gateway.stop();
  }
} finally {
  await dropDatabase(server.url, name).catch(() => undefined);
  await server.stop();
  await server.cleanup();
}
process.exit(misses > 0 ? 1 : 0);
