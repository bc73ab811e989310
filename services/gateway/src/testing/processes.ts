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
  stop(): Promise<void>;
}

/**
 * Runs a TypeScript entry point (`services/<name>/src/…`) as its own Node process, from its package folder
 * so tsx resolves, and waits for its /readyz.
 */
export async function startProcess(
  entry: string,
  env: Record<string, string>,
  readyUrl: string,
): Promise<RunningProcess> {
  const packageDir = path.join(findRepoRoot(), ...entry.split('/').slice(0, 2));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(findRepoRoot(), entry)], {
    cwd: packageDir,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${entry} exited early:\n${output}`);
    const ready = await fetch(readyUrl)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return { child, output: () => output, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`${entry} did not become ready:\n${output}`);
}
