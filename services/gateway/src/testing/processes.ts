import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { findRepoRoot } from '@duda/db';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningProcess {
  child: ChildProcess;
  output: () => string;
  /** SIGTERM, and SIGKILL if it has not ended after a while (a test's clean-up must not hang). */
  stop(): Promise<void>;
  /** SIGKILL, as a crash: with its whole process group when started `detached`. */
  kill(): Promise<void>;
}

export interface StartOptions {
  /**
   * Its own process group, so `kill()` takes the processes it started along with it (not those that make a group
   * of their own, such as PostgreSQL's backends).
   */
  detached?: boolean;
}

const STOP_GRACE_MS = 15_000;

const groupAlive = (pgid: number) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * Runs a TypeScript entry point (`services/<name>/src/…`) as its own Node process, from its package folder
 * so tsx resolves, and waits until it is ready: its /readyz answers 200 (`ready` a URL), or `ready` says so
 * of what it printed so far.
 */
export async function startProcess(
  entry: string,
  env: Record<string, string>,
  ready: string | ((output: string) => boolean),
  options: StartOptions = {},
): Promise<RunningProcess> {
  const packageDir = path.join(findRepoRoot(), ...entry.split('/').slice(0, 2));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(findRepoRoot(), entry)], {
    cwd: packageDir,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: options.detached ?? false,
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ended = () => child.exitCode !== null || child.signalCode !== null;
  const kill = async () => {
    if (options.detached) {
      if (groupAlive(child.pid!)) process.kill(-child.pid!, 'SIGKILL');
    } else if (!ended()) child.kill('SIGKILL');
    await exited;
    // The group's other members (reparented, reaped by init) can outlive the leader for a moment.
    const deadline = Date.now() + 5_000;
    while (options.detached && groupAlive(child.pid!) && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
  };
  const stop = async () => {
    if (ended()) return options.detached ? kill() : undefined;
    child.kill('SIGTERM');
    const timer = setTimeout(() => void kill(), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
    if (options.detached) await kill();
  };
  const isReady = () =>
    typeof ready === 'string'
      ? fetch(ready)
          .then((r) => r.ok)
          .catch(() => false)
      : ready(output);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (ended()) throw new Error(`${entry} exited early:\n${output}`);
    if (await isReady()) return { child, output: () => output, stop, kill };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`${entry} did not become ready:\n${output}`);
}
