// The org service's own process refuses to start without its settings in one readable line, not a stack trace:
// the orchestrator shows the last lines of a pod that exited, and an operator reads what to set.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

async function start(env: Record<string, string>) {
  const entry = new URL('./standalone.ts', import.meta.url).pathname;
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { PATH: process.env.PATH, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, lines: stderr.trim().split('\n') };
}

describe('org run on its own', () => {
  it.each([
    [
      'the service secret',
      {},
      'org cannot start: DUDA_SERVICE_SECRET must be set to run the org service on its own',
    ],
    [
      'a database',
      { DUDA_SERVICE_SECRET: 'a-secret-of-thirty-two-characters!!' },
      'org cannot start: DATABASE_URL must be set to run the org service on its own (the owner role, which migrates), or DATABASE_APP_URL alone after the migrate job',
    ],
  ])(
    'without %s exits 1 saying what to set, in one line',
    async (_what, env, line) => {
      expect(await start(env)).toEqual({ code: 1, lines: [line] });
    },
    60_000,
  );
});
