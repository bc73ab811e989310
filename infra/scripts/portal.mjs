#!/usr/bin/env node
// The README's two commands. Needs only Node.js and npm: it brings the pinned pnpm itself.
//   npm start  → install, build, start the portal on embedded PostgreSQL with demo data
//   npm test   → install, make sure Chromium and nginx are there, run lint, typecheck and every test, print a summary
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureChromium } from './chromium.mjs';
import { ensureNginx } from './nginx.mjs';
import { cleanReports, summarise } from './summary.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pinnedPnpm = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).packageManager.split(
  '@',
)[1];
const toolsBin = path.join(root, '.tools', 'node_modules', '.bin');
const env = { ...process.env, PATH: `${toolsBin}${path.delimiter}${process.env.PATH}` };
// .ci/run silences npm's own footer; pnpm reads the same variable, and its errors must stay visible.
delete env.npm_config_loglevel;

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

function must(cmd, args) {
  const status = run(cmd, args);
  if (status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} exited with ${status}`);
    process.exit(status);
  }
}

function ensurePnpm() {
  const probe = spawnSync('pnpm', ['--version'], { cwd: root, env, encoding: 'utf8' });
  if (probe.status === 0 && probe.stdout.trim() === pinnedPnpm) return;
  console.log(`→ installing pnpm ${pinnedPnpm} into .tools/ (the version pinned in package.json)`);
  must('npm', [
    'install',
    '--prefix',
    '.tools',
    '--no-audit',
    '--no-fund',
    '--no-save',
    `pnpm@${pinnedPnpm}`,
  ]);
}

function install() {
  ensurePnpm();
  console.log('→ installing dependencies');
  must('pnpm', ['install', '--frozen-lockfile']);
}

function start() {
  install();
  console.log('→ building the portal (shell, remotes, gateway)');
  must('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only']);
  console.log('→ starting the portal');
  // The gateway's young generation as in its container image (ADR 0027).
  const gateway = { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --max-semi-space-size=32`.trim() };
  process.exit(run('pnpm', ['--filter', '@duda/gateway', 'start'], { env: gateway }));
}

/** Runs a command without blocking, resolving with its exit status. */
function runAsync(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: root, env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function test() {
  install();
  env.CHROMIUM_PATH = ensureChromium(env.CHROMIUM_PATH);
  env.NGINX_PATH = ensureNginx(env.NGINX_PATH);
  cleanReports(root);
  console.log('→ building everything the tests and the browser stories use');
  // `types`: the router's declarations (ADR 0026), which the typechecks below read (`--only` runs no dependency).
  const built = run('pnpm', [
    'turbo',
    'run',
    'build',
    'types',
    '--continue',
    '--summarize',
    '--concurrency=3',
  ]);
  // The browser stories (one browser, one portal: mostly waiting) run beside the other suites instead of
  // after them; the suites' builds are done, so `--only` runs just lint, typecheck and test.
  console.log('→ running the browser stories beside lint, typecheck and every other test');
  const [stories, suites] = await Promise.all([
    // One retry: a story that fails and then passes is reported by name as flaky in the summary (below), so
    // a timing slip of a loaded two-core runner does not hide 47 green stories, and never goes unseen.
    runAsync('pnpm', ['--filter', '@duda/e2e', 'run', 'stories', '--retries=1']),
    // Two at a time beside the stories on two cores, or the database-backed suites starve each other of CPU.
    runAsync('pnpm', [
      'turbo',
      'run',
      'lint',
      'typecheck',
      'test',
      '--only',
      '--continue',
      '--summarize',
      '--concurrency=2',
    ]),
  ]);
  const { line, failed } = summarise(
    root,
    stories === 0 ? [] : [{ id: '@duda/e2e#stories', directory: path.join('apps', 'e2e') }],
  );
  console.log(line);
  process.exit(built !== 0 || stories !== 0 || suites !== 0 || failed > 0 ? 1 : 0);
}

const command = process.argv[2];
if (command === 'start') start();
else if (command === 'test') await test();
else if (command === 'install') install();
else {
  console.error('usage: node infra/scripts/portal.mjs start|test|install');
  process.exit(2);
}
