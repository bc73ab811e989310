import { spawn, type ChildProcess } from 'node:child_process';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database, ledgerPrisma, until } from '../test-fixtures/ledger/service.ts';

const entry = new URL('../test-fixtures/ledger/scheduler-process.ts', import.meta.url).pathname;

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

describe('a scheduled job with two processes up', () => {
  let db: TestDatabase;
  let prisma: ReturnType<typeof ledgerPrisma>;
  let processes: ReturnType<typeof startProcess>[] = [];
  beforeAll(async () => {
    db = await createTestDatabase([database]);
    prisma = ledgerPrisma(db.pool);
  });
  afterAll(async () => {
    await Promise.all(processes.map((p) => stop(p.child)));
    await prisma?.$disconnect();
    await db?.drop();
  });

  it('runs once per firing, in one of them', async () => {
    const minute = async () =>
      Number(
        (await db.pool.query<{ m: string }>('SELECT floor(extract(epoch FROM now()) / 60) AS m')).rows[0]!.m,
      );
    const firstMinute = await minute();
    processes = [startProcess(db.url), startProcess(db.url)];
    await until(
      () => processes.every((p) => p.output().includes('ready')),
      `both processes are up:\n${processes.map((p) => p.output()).join('\n')}`,
      60_000,
    );
    const ticks = () => prisma.entry.findMany({ where: { source: 'tick' } });
    await until(async () => (await ticks()).length > 0, 'the job has run', 30_000);
    // Both processes keep checking the schedule every second; give them several chances to fire it again.
    await new Promise((resolve) => setTimeout(resolve, 4_000));

    expect(processes.every((p) => p.child.exitCode === null)).toBe(true);
    const runs = await ticks();
    const jobIds = runs.map((r) => r.note.split(' ')[1]);
    expect(new Set(jobIds).size).toBe(runs.length);
    // `* * * * *` fires once a minute: one run, or two when the test straddled the turn of a minute.
    const minutesSpanned = (await minute()) - firstMinute + 1;
    expect(runs.length).toBeLessThanOrEqual(minutesSpanned);
  });
});
