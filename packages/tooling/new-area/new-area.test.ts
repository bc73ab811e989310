// The generator proved the way a team would use it: run on a copy of this repository, then install, type-check
// and test what it made, with the gateway and the authorization table it wired the area into.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
let copy: string;

function run(command: string, args: string[], more: Record<string, string> = {}): string {
  try {
    return execFileSync(command, args, {
      cwd: copy,
      encoding: 'utf8',
      stdio: 'pipe',
      env: {
        // A shell's environment, not that of the pnpm script running this test: its npm_config_* would
        // change what the inner pnpm does.
        ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key))),
        TURBO_TELEMETRY_DISABLED: '1',
        DO_NOT_TRACK: '1',
        ...more,
      },
    });
  } catch (error) {
    // What the failing tool printed, not only its exit code.
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`, {
      cause: error,
    });
  }
}

/** The port after every one the repository's services already take alone (each area adds one). */
function nextFreeServicePort(): number {
  const taken = readdirSync(path.join(repo, 'services'))
    .map((dir) => path.join(repo, 'services', dir, 'src/standalone.ts'))
    .filter(existsSync)
    .flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/defaultPort: (\d+)/g)].map((m) => Number(m[1])),
    );
  return Math.max(...taken) + 1;
}

// From the store and metadata this machine already has; what they lack (the new packages' dependencies are
// resolved afresh, which a frozen install of the checkout never needed) is fetched instead of failing the test.
// append-only, not silent: a failed install says why in the test's error.
const install = () =>
  run('pnpm', ['install', '--prefer-offline', '--no-frozen-lockfile', '--reporter=append-only']);

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'duda-new-area-'));
  // The embedded PostgreSQL runs as its own user, which must reach its binaries inside the copy.
  chmodSync(copy, 0o755);
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: repo,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => file && existsSync(path.join(repo, file)));
  for (const file of files) cpSync(path.join(repo, file), path.join(copy, file), { recursive: true });
  // A checkout, as a team has it: without a git index Turbo hashes a task's inputs by walking the folders,
  // installed node_modules included, which took tens of minutes here.
  run('git', ['init', '--quiet']);
  run('git', ['add', '--all']);
  run('git', [
    '-c',
    'user.name=new-area test',
    '-c',
    'user.email=test@duda.invalid',
    'commit',
    '--quiet',
    '-m',
    'copy',
  ]);
  // As a team has it: installed (from the store this machine already has) before the generator runs.
  install();
}, 5 * 60_000);

// Removing the copy with its installed node_modules takes minutes on a busy machine.
afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
}, 5 * 60_000);

describe('pnpm new-area', () => {
  it(
    'creates an area that installs, type-checks, passes its own tests and builds its own process, wired into authz and the gateway',
    () => {
      const output = run(process.execPath, [
        'packages/tooling/new-area/new-area.mjs',
        'field-audit',
        '--zh',
        '现场稽核',
        '--en',
        "Field audit (pilot's)",
      ]);
      expect(output).toContain('apps/field-audit');
      // What is left to ship it alone, each infra file named, with its port and the gateway's entry.
      expect(output).toContain(`field-audit=http://field-audit:${nextFreeServicePort()}/trpc`);
      expect(output).toContain('infra/k8s/base/field-audit/');
      expect(readFileSync(path.join(copy, 'services/gateway/src/modules.ts'), 'utf8')).toMatch(
        /export const modules = \[[^\]]*fieldAuditModule,?\s*\] as const;/,
      );
      expect(readFileSync(path.join(copy, 'packages/authz/src/actions.ts'), 'utf8')).toMatch(
        /const AREAS = \[[^\]]*fieldAuditArea,?\s*\] as const;/,
      );
      expect(
        readFileSync(path.join(copy, 'services/gateway/src/suites/authorization/areas.ts'), 'utf8'),
      ).toMatch(/export const areaProbes = \[[^\]]*fieldAuditProbes,?\s*\] as const;/);

      install();
      const area = ['@duda/contract-field-audit', '@duda/service-field-audit', '@duda/app-field-audit'];
      // One Turbo run: the area type-checks, lints and passes its tests (each test task builds its package
      // first: the service's own process, the remote), the gateway type-checks with the area wired in, and the
      // authorization table's own tests pass too (a new area must not disturb the pinned policy of the others).
      // One run packs these tasks onto the cores instead of three runs waiting on each other; it reads (never
      // writes) this checkout's task cache, so what the generator left alone (the other areas' Prisma clients)
      // is restored, not generated again — a hit needs the same inputs, so nothing the area changed is skipped.
      const tasks = [
        ...[...area, '@duda/authz'].flatMap((name) =>
          ['typecheck', 'lint', 'test'].map((task) => `${name}#${task}`),
        ),
        '@duda/gateway#typecheck',
      ];
      run('pnpm', [
        'turbo',
        'run',
        ...tasks,
        '--output-logs=errors-only',
        `--cache-dir=${path.resolve(repo, process.env.TURBO_CACHE_DIR ?? '.turbo/cache')}`,
        '--cache=local:r',
      ]);
      // The authorization matrix tries the area's procedures, from the probe table the generator wrote (only
      // this area's world and rows: the others' are the main suite's; coverage still checks every area).
      run('pnpm', ['--filter', '@duda/gateway', 'exec', 'vitest', 'run', 'src/suites/authorization'], {
        DUDA_MATRIX_AREAS: 'field-audit',
      });
      // Its own process, ready to ship alone (ADR 0014): one call to runServiceAlone on the next free port,
      // bundled by its build (which fails naming any npm package the bundle imports and the service lacks).
      const service = path.join(copy, 'services/field-audit');
      expect(readFileSync(path.join(service, 'src/standalone.ts'), 'utf8')).toContain(
        `await runServiceAlone(fieldAuditModule, { defaultPort: ${nextFreeServicePort()} });`,
      );
      expect(JSON.parse(readFileSync(path.join(service, 'package.json'), 'utf8'))).toMatchObject({
        files: ['dist', 'prisma'],
        scripts: {
          build: 'duda-bundle src/standalone.ts',
          start: 'node --enable-source-maps dist/standalone.js',
        },
      });
      // Built by its test task above.
      expect(existsSync(path.join(service, 'dist/standalone.js'))).toBe(true);
    },
    15 * 60_000,
  );

  it('refuses a second area of the same name, and a name that is not lower-case words', () => {
    const attempt = (key: string) => () =>
      run(process.execPath, ['packages/tooling/new-area/new-area.mjs', key, '--zh', '检查', '--en', 'Again']);
    expect(attempt('inspection')).toThrow(/inspection already exists/);
    expect(attempt('Bad_Name')).toThrow(/lower-case words/);
  });
});
