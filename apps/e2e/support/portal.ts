// Starts the real portal for the stories: the gateway process (which starts an embedded PostgreSQL, migrates,
// seeds the demo data and serves the built shell and remotes) on free ports, with its data in a temp folder
// so every run begins from the same demo state.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const gatewayDir = path.join(repoRoot, 'services', 'gateway');

export interface RunningPortal {
  baseURL: string;
  /** The folder the gateway serves the front-ends from, where a story can deploy a remote. */
  webRoot: string;
  stop(): Promise<void>;
}

/**
 * The built front-ends as the gateway finds them (`<name>/dist`), each app's folder linked into one of the
 * run's own: a story deploys a remote there while the portal runs, and the apps' folders stay untouched.
 */
function linkWebRoot(dir: string): string {
  const appsDir = path.join(repoRoot, 'apps');
  mkdirSync(dir);
  for (const name of readdirSync(appsDir))
    if (existsSync(path.join(appsDir, name, 'dist')))
      symlinkSync(path.join(appsDir, name), path.join(dir, name));
  return dir;
}

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

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(killer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function waitUntilReady(child: ChildProcess, url: string, output: () => string): Promise<void> {
  // Creating the database and seeding a city's demo data takes a while on a 2-core machine; a busier machine (several
  // engineers' checks at once) sets E2E_PORTAL_START_SECONDS higher.
  const deadline = Date.now() + Number(process.env.E2E_PORTAL_START_SECONDS ?? 240) * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the gateway exited before it was ready:\n${output()}`);
    const ready = await fetch(url)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the gateway did not become ready in time (E2E_PORTAL_START_SECONDS):\n${output()}`);
}

export async function startPortal(): Promise<RunningPortal> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'duda-e2e-'));
  // As root, embedded PostgreSQL runs as its own user, which must be able to enter the folder.
  chmodSync(dataDir, 0o755);
  const webRoot = linkWebRoot(path.join(dataDir, 'web'));
  const [port, pgPort] = await Promise.all([freePort(), freePort()]);
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: gatewayDir,
    env: {
      ...process.env,
      PORT: String(port),
      DUDA_PG_PORT: String(pgPort),
      DUDA_PG_DATA: path.join(dataDir, 'postgres'),
      DUDA_UPLOADS_DIR: path.join(dataDir, 'uploads'),
      DUDA_WEB_ROOT: webRoot,
      // Every story logs in from the same address; the per-account lockout is what the stories exercise.
      DUDA_LOGIN_RATE_PER_MINUTE: '500',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const baseURL = `http://127.0.0.1:${port}`;
  const stop = async () => {
    await stopProcess(child);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(child, `${baseURL}/readyz`, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseURL, webRoot, stop };
}
