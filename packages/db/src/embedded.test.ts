import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded.ts';
import { makeTempDir } from './testing/temp-dir.ts';

const listen = (server: net.Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
  );

describe('startEmbeddedPostgres', () => {
  // Stands in for another program on the port: accepts connections and never answers.
  const sockets = new Set<net.Socket>();
  const blocker = net.createServer((socket) => sockets.add(socket));
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => blocker.close(resolve));
  });

  it('says clearly when another program holds the port', async () => {
    const port = await listen(blocker);
    const dataDir = path.join(await makeTempDir('duda-pg-'), 'data');
    await expect(startEmbeddedPostgres({ dataDir, port })).rejects.toThrow(
      `Port ${port} is already in use by another program`,
    );
  });

  it('keeps its data across a restart', async () => {
    const scratch = await makeTempDir('duda-pg-');
    const dataDir = path.join(scratch, 'data');
    const probe = net.createServer();
    const port = await listen(probe);
    await new Promise((resolve) => probe.close(resolve));

    const first = await startEmbeddedPostgres({ dataDir, port });
    const client = new pg.Client(first.url);
    await client.connect();
    await client.query('CREATE TABLE kept (v int); INSERT INTO kept VALUES (42)');
    await client.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, port });
    const again = new pg.Client(second.url);
    await again.connect();
    const { rows } = await again.query('SELECT v FROM kept');
    await again.end();
    await second.stop();
    await rm(scratch, { recursive: true, force: true });
    expect(rows).toEqual([{ v: 42 }]);
  }, 60_000);

  it('stops cleanly when the server has already gone (Ctrl+C in a terminal reaches it directly)', async () => {
    const scratch = await makeTempDir('duda-pg-');
    const dataDir = path.join(scratch, 'data');
    const probe = net.createServer();
    const port = await listen(probe);
    await new Promise((resolve) => probe.close(resolve));
    const server = await startEmbeddedPostgres({ dataDir, port });
    const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    try {
      process.kill(postmaster, 'SIGINT');
      while (isAlive(postmaster)) await new Promise((resolve) => setTimeout(resolve, 50));
      await server.stop();
      expect(existsSync(`${dataDir}.owner`)).toBe(false);
    } finally {
      if (isAlive(postmaster)) process.kill(postmaster, 'SIGINT');
      await rm(scratch, { recursive: true, force: true });
    }
  }, 30_000);

  it('adopts the server a crashed process left running, and stops it at shutdown', async () => {
    const scratch = await makeTempDir('duda-pg-');
    const dataDir = path.join(scratch, 'data');
    const probe = net.createServer();
    const port = await listen(probe);
    await new Promise((resolve) => probe.close(resolve));

    // The crashed gateway: starts the server in a child process, which is then SIGKILLed (no shutdown runs).
    const embedded = new URL('./embedded.ts', import.meta.url).href;
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `const { startEmbeddedPostgres } = await import(${JSON.stringify(embedded)});
         await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, port: ${port} });
         process.stdout.write('ready\\n');
         setInterval(() => undefined, 60_000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    child.stdout.setEncoding('utf8');
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: string) => chunk.includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
    });
    const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    child.kill('SIGKILL');
    await once(child, 'exit');
    expect(isAlive(postmaster)).toBe(true);

    try {
      const restarted = await startEmbeddedPostgres({ dataDir, port });
      expect(restarted.owned).toBe(true);
      const client = new pg.Client(restarted.url);
      await client.connect();
      const { rows } = await client.query<{ one: number }>('SELECT 1 AS one');
      await client.end();
      await restarted.stop();
      expect(rows).toEqual([{ one: 1 }]);
      expect(isAlive(postmaster)).toBe(false);
      expect(await portIsFree(port)).toBe(true);
    } finally {
      // Whatever failed above, no server is left behind by this test.
      if (isAlive(postmaster)) process.kill(postmaster, 'SIGINT');
      await rm(scratch, { recursive: true, force: true });
    }
  }, 90_000);
});

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const portIsFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
