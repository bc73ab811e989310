import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const embedded = fileURLToPath(new URL('./embedded.ts', import.meta.url));

/** A program that loads the embedded server's module and ends by running out of work, having set `exitCode`. */
function exitOf(exitCode: string): number | null {
  const script = `await import(${JSON.stringify(embedded)}); ${exitCode}`;
  return spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    encoding: 'utf8',
  }).status;
}

describe('a process that loads the embedded server', () => {
  it('ends with the exit code it reported (a bench that missed its target)', () => {
    expect(exitOf('process.exitCode = 1;')).toBe(1);
    expect(exitOf('process.exitCode = 3;')).toBe(3);
  });

  it('ends with 0 when it reported nothing', () => {
    expect(exitOf('')).toBe(0);
  });
});
