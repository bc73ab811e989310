import { spawn, type ChildProcess } from 'node:child_process';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database, ledgerPrisma, noteAdded, until } from '../test-fixtures/ledger/service.ts';
import { recordEvent } from './outbox.ts';

const entry = new URL('../test-fixtures/ledger/ledger-process.ts', import.meta.url).pathname;

function startProcess(url: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, LEDGER_DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  return { child, output: () => output };
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

describe('two processes running the same service', () => {
  let db: TestDatabase;
  let prisma: ReturnType<typeof ledgerPrisma>;
  let processes: ReturnType<typeof startProcess>[] = [];
  let firstMinute: number;
  const minute = async () =>
    Number(
      (await db.pool.query<{ m: string }>('SELECT floor(extract(epoch FROM now()) / 60) AS m')).rows[0]!.m,
    );
  const entries = (source: string) => prisma.entry.findMany({ where: { source } });

  beforeAll(async () => {
    db = await createTestDatabase([database]);
    prisma = ledgerPrisma(db.pool);
    firstMinute = await minute();
    processes = [startProcess(db.url), startProcess(db.url)];
    await until(
      () => processes.every((p) => p.output().includes('ready')),
      'both processes are up',
      45_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${processes.map((p) => p.output()).join('\n')}`);
    });
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => stop(p.child)));
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('runs a scheduled job once per firing, in one of them', async () => {
    await until(async () => (await entries('tick')).length > 0, 'the job has run', 30_000);
    // Both processes check the schedule every second; give them several chances to fire it again.
    await new Promise((resolve) => setTimeout(resolve, 4_000));

    expect(processes.every((p) => p.child.exitCode === null)).toBe(true);
    const runs = await entries('tick');
    const jobIds = runs.map((r) => r.note.split(' ')[1]);
    expect(new Set(jobIds).size).toBe(runs.length);
    // `* * * * *` fires once a minute: one run, or two when the test straddled the turn of a minute.
    const minutesSpanned = (await minute()) - firstMinute + 1;
    expect(runs.length).toBeLessThanOrEqual(minutesSpanned);
  });

  it('hands each event to a subscriber once while both relay the outbox', async () => {
    const texts = Array.from({ length: 30 }, (_, i) => `note ${i}`);
    for (const text of texts) await prisma.$transaction((tx) => recordEvent(tx, noteAdded, { text }));

    await until(async () => (await entries('counter')).length >= texts.length, 'every note is counted');
    await until(
      async () => (await prisma.outboxEvent.count({ where: { publishedAt: null } })) === 0,
      'the outbox is empty',
    );
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const counted = await entries('counter');
    expect(counted).toHaveLength(texts.length);
    expect(new Set(counted.map((c) => c.eventId)).size).toBe(texts.length);
  });
});
