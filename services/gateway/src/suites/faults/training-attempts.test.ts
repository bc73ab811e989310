// Fault test of taking an exam (issue 10, "Scale, faults and bad input"): the gateway process serving the training
// service is SIGKILLed in the middle of an examinee's autosaves and started again. Every acknowledged save is
// stored; an attempt whose time ran out while it was down is closed by the overdue rule as the service starts
// (the job's run at start: nobody reads that attempt first); the countdown the API returns after the restart runs
// on the same deadline and the server's clock.
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../modules.ts';
import { GatewayClient } from '../../testing/http-client.ts';
import { freePort, startProcess, type RunningProcess } from '../../testing/processes.ts';
import { AnswerStream, answerOf } from './answer-stream.ts';
import { seedTrainingWorld, type TrainingWorld } from './training-world.ts';

/** Waits for a condition with bounded retries, never for a fixed time; `state` tells what was seen instead. */
async function until(
  what: string,
  condition: () => boolean | Promise<boolean>,
  { timeoutMs = 30_000, state = () => '' }: { timeoutMs?: number; state?: () => string } = {},
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what} ${state()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

interface AttemptView {
  serverNow: Date;
  attempt: { id: string; status: string; deadlineAt: Date; startedAt: Date };
  answers: { slot: number; seq: number; response: unknown }[];
}

const errorCode = (answer: { error?: { data: unknown } }) =>
  (answer.error?.data as { error?: { code?: string } } | undefined)?.error?.code;

describe('SIGKILL of the gateway while an examinee autosaves', () => {
  let db: TestDatabase;
  let world: TrainingWorld;
  let uploads: string;
  let gateway: RunningProcess | undefined;
  let stream: AnswerStream | undefined;
  beforeAll(async () => {
    db = await createTestDatabase(modules.map((m) => m.database));
    world = await seedTrainingWorld(db.pool, new Date());
    uploads = await makeTempDir('duda-uploads-');
  }, 120_000);
  afterAll(async () => {
    await stream?.stop();
    await gateway?.kill();
    await db?.drop();
    if (uploads) await rm(uploads, { recursive: true, force: true });
  });

  it('keeps every acknowledged answer, closes the attempt that ran out meanwhile at start, and the countdown carries on', async () => {
    const env = {
      DATABASE_URL: db.url,
      DATABASE_APP_URL: '',
      DUDA_SEED: 'false',
      DUDA_SERVICE_SECRET: 'faults-secret',
      DUDA_COOKIE_SECRET: 'faults-secret',
      DUDA_UPLOADS_DIR: uploads,
      DUDA_WEB_ROOT: '/nonexistent',
      PORT: String(await freePort()),
    };
    const url = `http://127.0.0.1:${env.PORT}`;
    const start = () => startProcess('services/gateway/src/main.ts', env, `${url}/readyz`);
    gateway = await start();

    const examinee = new GatewayClient(url);
    await examinee.login(world.examinee);
    const device = `device-${randomUUID()}`;
    const started = await examinee.mutation<AttemptView>('training.attempts.start', {
      examId: world.examId,
      deviceId: device,
    });
    expect(started.status).toBe(200);
    const attempt = started.data!.attempt;

    // The other examinee answers once, then their time runs out while the service is down.
    const late = new GatewayClient(url);
    await late.login(world.lateExaminee);
    const lateDevice = `device-${randomUUID()}`;
    const lateStart = await late.mutation<AttemptView>('training.attempts.start', {
      examId: world.examId,
      deviceId: lateDevice,
    });
    const lateAttempt = lateStart.data!.attempt.id;
    const lateAnswer = answerOf(1); // slot 1, the right choice: 5 points once marked
    const lateSave = await late.mutation('training.attempts.save', {
      attemptId: lateAttempt,
      deviceId: lateDevice,
      seq: 1,
      ...lateAnswer,
    });
    expect(lateSave.error).toBeUndefined();

    stream = new AnswerStream(examinee, attempt.id, device);
    stream.start();
    await until('some saves are acknowledged', () => stream!.tally.acknowledged >= 6, {
      state: () => stream!.describe(),
    });
    await gateway.kill();
    await until('the examinee has met the dead gateway', () => stream!.tally.connectionErrors >= 2, {
      state: () => stream!.describe(),
    });
    await stream.stop();

    // While it is down, the late examinee's 30 minutes pass: their attempt started 31 minutes ago.
    await db.pool.query(
      `UPDATE training."ExamAttempt" SET "startedAt" = "startedAt" - interval '31 minutes',
         "deadlineAt" = "deadlineAt" - interval '31 minutes' WHERE "id" = $1`,
      [lateAttempt],
    );
    const lateRow = async () =>
      (
        await db.pool.query<{ status: string; score: number | null; submittedAt: Date | null }>(
          `SELECT "status", "score", "submittedAt" FROM training."ExamAttempt" WHERE "id" = $1`,
          [lateAttempt],
        )
      ).rows[0]!;
    expect((await lateRow()).status).toBe('IN_PROGRESS');

    gateway = await start();
    // Nobody reads or writes that attempt: only the overdue job's run at start can close it.
    await until(
      'the overdue job has closed the attempt that ran out',
      async () => (await lateRow()).status !== 'IN_PROGRESS',
      {
        state: () => 'the attempt is still IN_PROGRESS',
      },
    );
    expect(await lateRow()).toMatchObject({ status: 'SUBMITTED', score: 5 });

    // Every acknowledged save is stored: per slot its seq (or a later save's) and exactly that save's answer.
    const stored = await db.pool.query<{ slot: number; seq: number; response: unknown }>(
      `SELECT "slot", "seq", "response" FROM training."AttemptAnswer" WHERE "attemptId" = $1`,
      [attempt.id],
    );
    expect(stream.acknowledged.size).toBe(2);
    for (const [slot, seq] of stream.acknowledged) {
      const row = stored.rows.find((r) => r.slot === slot)!;
      expect(row.seq).toBeGreaterThanOrEqual(seq);
      expect(row.response).toEqual(answerOf(row.seq).response);
    }
    expect(stream.wrongAnswers).toEqual([]);

    // The countdown after the restart: the same deadline, and the server's clock to count it down from.
    const before = Date.now();
    const view = await examinee.query<AttemptView>('training.attempts.get', { attemptId: attempt.id });
    const after = Date.now();
    expect(view.data!.attempt.status).toBe('IN_PROGRESS');
    expect(view.data!.attempt.deadlineAt).toEqual(attempt.deadlineAt);
    expect(attempt.deadlineAt.getTime() - attempt.startedAt.getTime()).toBe(world.timeLimitMinutes * 60_000);
    expect(view.data!.serverNow.getTime()).toBeGreaterThanOrEqual(before);
    expect(view.data!.serverNow.getTime()).toBeLessThanOrEqual(after);
    const remaining = attempt.deadlineAt.getTime() - view.data!.serverNow.getTime();
    expect(remaining).toBeGreaterThan(0);
    expect(remaining).toBeLessThan(world.timeLimitMinutes * 60_000);
    // What the page shows is what is stored.
    expect(view.data!.answers.map((a) => [a.slot, a.seq])).toEqual(
      stored.rows.map((r) => [r.slot, r.seq]).sort(),
    );

    // The same sessions carry on: saves are acknowledged again; the closed attempt takes none.
    const acknowledgedBefore = stream.tally.acknowledged;
    stream.start();
    await until('saves are acknowledged again', () => stream!.tally.acknowledged >= acknowledgedBefore + 3, {
      state: () => stream!.describe(),
    });
    await stream.stop();
    expect(stream.wrongAnswers).toEqual([]);
    const refused = await late.mutation('training.attempts.save', {
      attemptId: lateAttempt,
      deviceId: lateDevice,
      seq: 2,
      ...answerOf(3),
    });
    expect(errorCode(refused)).toBe('training.attempts.attemptEnded');

    await gateway.stop();
    expect(gateway.child.exitCode).toBe(0);
  }, 180_000);
});
