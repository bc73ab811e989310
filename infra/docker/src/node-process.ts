// A deployed package started the way its image starts it: plain `node <entry>` in its folder, nothing else.
import { spawn } from 'node:child_process';
import net from 'node:net';

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

export interface RunningNode {
  url: string;
  output(): string;
  /** SIGTERM, as the orchestrator stops it; resolves with its exit code (SIGKILL after 15 s). */
  stop(): Promise<number | null>;
}

const READY_WITHIN_MS = 90_000;

/**
 * Starts `node <entry>` in `dir` with only `env` (and PATH) and waits until its /readyz answers 200. On a busy
 * machine another process may take the free port first: then it starts once more on another.
 */
export async function startNode(
  dir: string,
  entry: string,
  env: Record<string, string>,
): Promise<RunningNode> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(dir, entry, env, await freePort());
    } catch (error) {
      if (attempt === 3 || !/EADDRINUSE/.test((error as Error).message)) throw error;
    }
  }
}

async function startOnce(
  dir: string,
  entry: string,
  env: Record<string, string>,
  port: number,
): Promise<RunningNode> {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['--enable-source-maps', entry], {
    cwd: dir,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ended = () => child.exitCode !== null || child.signalCode !== null;
  const stop = async () => {
    if (ended()) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const code = await exited;
    clearTimeout(timer);
    return code;
  };
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (ended()) throw new Error(`${dir}/${entry} exited before it was ready:\n${output}`);
    const ready = await fetch(`${url}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) return { url, output: () => output, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`${dir}/${entry} was not ready within ${READY_WITHIN_MS / 1000} s:\n${output}`);
}
