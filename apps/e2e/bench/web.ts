// `pnpm bench:web` (root): the front-end budgets of the portal, measured on the production build in Chromium.
//   - the shell's initial JavaScript (what index.html loads statically), gzip;
//   - per remote, the files the browser fetches to show its everyday page, gzip: inspection's halls page (a
//     district supervisor at a desk) and training's 我的考试 (a clerk on a phone, before an exam);
//   - that Element Plus and ECharts come only from the shared chunk or on demand (never from a remote);
//   - time from navigation to the first useful paint of each of those pages, median of several cold visits.
// Set E2E_BASE_URL to measure a portal that is already running; otherwise one is started on a fresh database.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { startPortal } from '../support/portal.ts';
import { fileContains, gzipKb, htmlEntries, staticClosure } from './bundle-size.ts';

const appsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shellDist = path.join(appsDir, 'shell', 'dist');
const BUDGET = { shellKb: 250, remotePageKb: 150, paintMs: 1500 };

/** The page of each remote that its users open every day, who opens it, and what shows it is useful. */
interface RemotePage {
  remote: string;
  label: string;
  username: string;
  path: string;
  ready: string;
  viewport?: { width: number; height: number };
}

const PAGES: RemotePage[] = [
  {
    remote: 'inspection',
    label: 'inspection remote, halls page',
    username: 'sc.sup',
    path: '/inspection/halls',
    ready: '.el-table__body tbody tr',
  },
  {
    remote: 'training',
    label: "training remote, a clerk's 我的考试 on a phone",
    username: 'hubin.clerk',
    path: '/training/mine',
    ready: '.my-exams__card',
    viewport: { width: 390, height: 844 },
  },
  {
    remote: 'admin',
    label: "admin remote, an administrator's people search",
    username: 'admin',
    path: '/admin/people',
    ready: '.el-table__body tbody tr',
  },
];
const distOf = (remote: string) => path.join(appsDir, remote, 'dist');
const RUNS = 7;
const ELEMENT_PLUS = 'ElementPlusError';
const ECHARTS = 'zrender';

const sumKb = (files: string[]) => files.reduce((total, file) => total + gzipKb(file), 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const row = (label: string, value: number, unit: string, budget?: number) =>
  `${label.padEnd(62)} ${value.toFixed(1).padStart(8)} ${unit}` +
  (budget === undefined
    ? ''
    : `   budget ${budget} ${unit}   ${(value / budget).toFixed(2)}× ${value <= budget ? '✓' : '✗ over budget'}`);

/** Where a URL the browser fetched lives in the build output. */
function builtFile(url: URL): string | null {
  if (!url.pathname.endsWith('.js')) return null;
  const remote = /^\/remotes\/([^/]+)\/(.*)$/.exec(url.pathname);
  if (remote) return path.join(distOf(remote[1]!), remote[2]!);
  return path.join(shellDist, url.pathname.slice(1));
}

async function logIn(browser: Browser, baseURL: string, username: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('用户名/工号').fill(username);
  await page.getByLabel('密码', { exact: true }).fill('Duda2026');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  const state = await context.storageState();
  await context.close();
  return state;
}

interface Visit {
  paintMs: number;
  shellFiles: string[];
  remoteFiles: string[];
}

/** One visit of the page with an empty HTTP cache, as on a person's first visit of the day. */
async function visit(
  browser: Browser,
  baseURL: string,
  target: RemotePage,
  storageState: Awaited<ReturnType<typeof logIn>>,
): Promise<Visit> {
  const context = await browser.newContext({ baseURL, storageState, viewport: target.viewport });
  const page = await context.newPage();
  const fetched = new Set<string>();
  page.on('requestfinished', (request) => {
    const file = builtFile(new URL(request.url()));
    if (file) fetched.add(file);
  });
  await page.addInitScript((ready) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(ready)) {
        (window as unknown as { __painted: number }).__painted = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, target.ready);
  await page.goto(target.path);
  await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined);
  const paintMs = await page.evaluate(() => (window as unknown as { __painted: number }).__painted);
  await context.close();
  const files = [...fetched];
  return {
    paintMs,
    shellFiles: files.filter((f) => f.startsWith(shellDist)),
    remoteFiles: files.filter((f) => f.startsWith(distOf(target.remote))),
  };
}

async function measure(baseURL: string, target: RemotePage) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const storageState = await logIn(browser, baseURL, target.username);
    const visits: Visit[] = [];
    for (let run = 0; run < RUNS; run++) visits.push(await visit(browser, baseURL, target, storageState));
    return visits;
  } finally {
    await browser.close();
  }
}

const portal = process.env.E2E_BASE_URL ? null : await startPortal();
let missed = 0;
const check = (value: number, budget: number) => {
  if (value > budget) missed += 1;
  return value;
};
try {
  const baseURL = process.env.E2E_BASE_URL ?? portal!.baseURL;
  const shellInitial = staticClosure(shellDist, htmlEntries(shellDist));
  console.log('督导平台 front-end budgets (production build, Chromium)\n');
  console.log(
    row(
      "shell initial JavaScript (index.html's static graph), gzip",
      check(sumKb(shellInitial), BUDGET.shellKb),
      'KB',
      BUDGET.shellKb,
    ),
  );
  for (const target of PAGES) {
    const visits = await measure(baseURL, target);
    const first = visits[0]!;
    const sharedChunks = first.shellFiles.filter((f) => !shellInitial.includes(f));
    const elementPlusFromRemote = first.remoteFiles.filter((f) => fileContains(f, ELEMENT_PLUS));
    const echartsAtStart = [...shellInitial, ...first.remoteFiles].filter((f) => fileContains(f, ECHARTS));
    if (elementPlusFromRemote.length > 0 || echartsAtStart.length > 0) missed += 1;
    console.log(`\n${target.label} (${target.path}, as ${target.username})`);
    console.log(
      row('  shared libraries and shell pages loaded after start, gzip', sumKb(sharedChunks), 'KB'),
    );
    console.log(
      row(
        '  remote files fetched for the page, gzip',
        check(sumKb(first.remoteFiles), BUDGET.remotePageKb),
        'KB',
        BUDGET.remotePageKb,
      ),
    );
    const largest = [...first.remoteFiles].sort((a, b) => gzipKb(b) - gzipKb(a)).slice(0, 4);
    console.log(`    largest: ${largest.map((f) => `${path.basename(f)} ${gzipKb(f).toFixed(1)} KB`).join(', ')}`);
    console.log(
      `  Element Plus fetched from the remote: ${elementPlusFromRemote.length === 0 ? 'never (one copy, in the shared @duda/ui chunk) ✓' : `✗ ${elementPlusFromRemote.map((f) => path.basename(f)).join(', ')}`}`,
    );
    console.log(
      `  ECharts before a chart is shown:      ${echartsAtStart.length === 0 ? 'not loaded (on demand) ✓' : `✗ ${echartsAtStart.map((f) => path.basename(f)).join(', ')}`}`,
    );
    const paints = visits.map((v) => v.paintMs);
    console.log(
      row(
        `  first useful paint, median of ${RUNS} cold visits`,
        check(median(paints), BUDGET.paintMs),
        'ms',
        BUDGET.paintMs,
      ),
    );
    console.log(`    runs: ${paints.map((t) => t.toFixed(0)).join(', ')} ms`);
  }
} finally {
  await portal?.stop();
}
if (missed > 0) {
  console.log(`\n${missed} budget(s) missed`);
  process.exitCode = 1;
}
