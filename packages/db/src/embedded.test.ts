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
});
