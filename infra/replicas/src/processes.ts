// The check's processes: each package started the way production starts it (its `start` script), in its
// own process group, on a port of its own. Every process started here is killed when the test process
// ends, however it ends, so a failed run leaves nothing behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

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

const running = new Set<ChildProcess>();
const killGroup = (child: ChildProcess) => {
  try {
    process.kill(-child.pid!, 'SIGKILL');
  } catch {
    // Already gone.
  }
};
process.once('exit', () => running.forEach(killGroup));

export interface Spawned {
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** SIGTERM (a graceful stop); SIGKILL for the whole group if it has not ended after `graceMs`. */
  stop(graceMs?: number): Promise<number | null>;
}

/** Starts a process in its own group; it is killed with the test process at the latest. */
export function spawnGroup(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Spawned {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      running.delete(child);
      killGroup(child);
      resolve(code);
    }),
  );
  const stop = async (graceMs = 15_000) => {
    if (running.has(child)) child.kill('SIGTERM');
    const timer = setTimeout(() => killGroup(child), graceMs);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  return { child, output: () => output, exited, stop };
}

/** `node …` as a package's `start` script says, so the check runs what a deployment runs. */
export function startCommand(packageDir: string): string[] {
  const script = (
    JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
      scripts?: Record<string, string>;
    }
  ).scripts?.start;
  const words = script?.split(/\s+/) ?? [];
  if (words[0] !== 'node')
    throw new Error(`${packageDir}: expected a "start" script that runs node, got "${script}"`);
  return words.slice(1);
}

export interface Replica extends Spawned {
  /** Which package, e.g. `services/org`. */
  name: string;
  port: number;
  url: string;
}

/** Starts a package's process on `port` and waits until its /readyz answers 200. */
export async function startReplica(
  name: string,
  port: number,
  env: Record<string, string>,
): Promise<Replica> {
  const dir = path.join(repoRoot, name);
  const url = `http://127.0.0.1:${port}`;
  const spawned = spawnGroup(process.execPath, startCommand(dir), dir, { ...env, PORT: String(port) });
  const deadline = Date.now() + 90_000;
  let ended = false;
  void spawned.exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new Error(`${name} exited before it was ready:\n${spawned.output()}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { ...spawned, name, port, url };
    await new Promise((r) => setTimeout(r, 200));
  }
  await spawned.stop(0);
  throw new Error(`${name} did not become ready:\n${spawned.output()}`);
}
