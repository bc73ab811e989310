// Vitest global setup for packages that touch PostgreSQL: one real server per test run (the embedded
// one in a temporary folder, or DATABASE_URL's), shared by every test file through `inject('postgresUrl')`.
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../embedded.ts';
import { dropRunTemplates } from './template.ts';
import { makeTempDir } from './temp-dir.ts';
import './provided.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * This server lives for one test run in a folder deleted after it, so nothing on it has to survive the machine
 * crashing: without fsync a commit is a write to the page cache, and dropping a database (every test drops its
 * own) skips the checkpoint's flush to disk — 5–10 times cheaper on the shared runner (docs/testing.md). A
 * crash of PostgreSQL alone still loses nothing; the fault suites that kill servers start their own anyway.
 */
async function throwaway(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('ALTER SYSTEM SET fsync = off');
    await client.query('ALTER SYSTEM SET full_page_writes = off');
    await client.query('SELECT pg_reload_conf()');
  } finally {
    await client.end();
  }
}

/**
 * PostgreSQL's default of 100 is less than a run may open at once: the replicas check runs fourteen processes
 * (pools of 10, gateways' of 20, each with its events connections), ~85 connections idle on a quiet machine; under a
 * loaded CI run their pools grow, and a connection refused (53300 "too many clients") reached a sign-in as
 * "database unavailable". Each allowed connection costs the server a few hundred KB of shared memory.
 */
const TEST_CONNECTIONS = 300;

export default async function setup(project: TestProject) {
  const runId = randomBytes(4).toString('hex');
  project.provide('testRunId', runId);
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    project.provide('postgresUrl', databaseUrl);
    return () => dropRunTemplates(databaseUrl, runId);
  }
  const dataDir = path.join(await makeTempDir('duda-test-pg-'), 'data');
  const server = await startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    maxConnections: TEST_CONNECTIONS,
  });
  await throwaway(server.url);
  project.provide('postgresUrl', server.url);
  return async () => {
    await server.stop();
    await rm(path.dirname(dataDir), { recursive: true, force: true });
  };
}
