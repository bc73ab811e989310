// Counts what the test run did from the reports each package writes (.reports/*.json) and from
// Turbo's run summary, so the last line of `npm test` is one honest "N passed, N failed, N skipped".
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/**
 * Every workspace package's folder, from pnpm-workspace.yaml's `packages:` list (`dir/*` or a folder), so a
 * package outside apps/, packages/ and services/ (infra/docker, infra/k8s, infra/replicas) is counted too.
 */
function packageDirs(root) {
  const manifest = readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8');
  const list = manifest.match(/^packages:\n((?:[ \t]+-.*\n?)+)/m)?.[1] ?? '';
  return [...list.matchAll(/-\s*['"]?([^'"\s]+)['"]?/g)].flatMap(([, glob]) => {
    if (!glob.endsWith('/*')) return existsSync(path.join(root, glob)) ? [path.join(root, glob)] : [];
    const full = path.join(root, glob.slice(0, -2));
    if (!existsSync(full)) return [];
    return readdirSync(full)
      .map((name) => path.join(full, name))
      .filter((p) => statSync(p).isDirectory());
  });
}

export function cleanReports(root) {
  for (const dir of packageDirs(root)) rmSync(path.join(dir, '.reports'), { recursive: true, force: true });
  rmSync(path.join(root, '.turbo', 'runs'), { recursive: true, force: true });
}

function countVitest(report) {
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** The stories that failed first and passed on their retry, as `file › title`. */
function flakyStories(report) {
  const found = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      if ((spec.tests ?? []).some((t) => t.status === 'flaky')) found.push(`${spec.file} › ${spec.title}`);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  return found;
}

/** The first line of a failure message, without colour codes, short enough for one summary line. */
function firstLine(message) {
  const line = stripVTControlCharacters(String(message ?? ''))
    .split('\n')
    .find((l) => l.trim());
  const text = (line ?? '').trim();
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/**
 * The tests that failed, as `file › full name: first line of the error`, so the last lines of a CI log that
 * shows only its tail still name the failure. A file that failed before any test ran is named with its error.
 */
function failedVitest(report, root) {
  return (report.testResults ?? []).flatMap((file) => {
    const name = path.relative(root, file.name ?? '');
    const tests = (file.assertionResults ?? [])
      .filter((t) => t.status === 'failed')
      .map((t) => `${name} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    if (tests.length === 0 && file.status === 'failed') return [`${name}: ${firstLine(file.message)}`];
    return tests;
  });
}

/** The stories that failed on every try, as `file › title: first line of the error`. */
function failedStories(report) {
  const found = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== 'unexpected') continue;
        const error = test.results?.at(-1)?.error?.message;
        found.push(`${spec.file} › ${spec.title}: ${firstLine(error)}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  for (const error of report.errors ?? []) found.push(`stories: ${firstLine(error.message)}`);
  return found;
}

function countPlaywright(report) {
  const stats = report.stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors?.length ?? 0),
    skipped: stats.skipped ?? 0,
  };
}

/** Turbo's run summaries of this `npm test` (the build, then the suites): cleanReports removed older ones. */
function turboRuns(root) {
  const runs = path.join(root, '.turbo', 'runs');
  if (!existsSync(runs)) return [];
  return readdirSync(runs)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(path.join(runs, f), 'utf8')));
}

// Whole-platform suites (authorization matrix, fuzzing, faults) write .reports/suite-<name>.json with
// what they measured, so the figures the security issue asks for are printed by every `npm test`.
function suiteLines(root) {
  return packageDirs(root).flatMap((dir) => {
    const reports = path.join(dir, '.reports');
    if (!existsSync(reports)) return [];
    return readdirSync(reports)
      .filter((f) => f.startsWith('suite-') && f.endsWith('.json'))
      .sort()
      .map((f) => {
        const { suite, figures } = JSON.parse(readFileSync(path.join(reports, f), 'utf8'));
        const parts = Object.entries(figures).map(([k, v]) => `${k} ${v}`);
        return `◆ ${suite}: ${parts.join(', ')}`;
      });
  });
}

/**
 * `failedOutside`: tasks run outside Turbo that exited non-zero, as `{ id, directory }`; one that wrote its
 * report is counted by the report, one that did not counts as one failure.
 */
export function summarise(root, failedOutside = []) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const reported = new Set();
  const flaky = [];
  const failures = [];
  for (const dir of packageDirs(root)) {
    const reports = path.join(dir, '.reports');
    for (const [file, count] of [
      ['vitest.json', countVitest],
      ['playwright.json', countPlaywright],
    ]) {
      const full = path.join(reports, file);
      if (!existsSync(full)) continue;
      const report = JSON.parse(readFileSync(full, 'utf8'));
      const c = count(report);
      if (file === 'playwright.json') {
        flaky.push(...flakyStories(report));
        failures.push(...failedStories(report));
      } else failures.push(...failedVitest(report, root));
      total.passed += c.passed;
      total.failed += c.failed;
      total.skipped += c.skipped;
      reported.add(path.relative(root, dir));
    }
  }
  // A lint or typecheck failure, or a test task that crashed before writing a report, counts as one failure.
  const broken = [];
  for (const task of turboRuns(root).flatMap((run) => run.tasks ?? [])) {
    if ((task.execution?.exitCode ?? 0) === 0) continue;
    if (task.task === 'test' && reported.has(task.directory)) continue;
    broken.push(task.taskId);
  }
  for (const { id, directory } of failedOutside) if (!reported.has(directory)) broken.push(id);
  total.failed += broken.length;
  const lines = [
    ...suiteLines(root),
    ...flaky.map((story) => `⚠ flaky (failed, then passed on its retry): ${story}`),
    ...failures.map((failure) => `✖ ${failure}`),
    ...broken.map((id) => `✖ ${id} failed`),
  ];
  const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
  lines.push(`${total.passed} passed, ${total.failed} failed${skipped}`);
  return { line: lines.join('\n'), failed: total.failed };
}
