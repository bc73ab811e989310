// `pnpm bench:web` (root): the front-end budgets of the portal, measured on the production build in Chromium.
//   - the shell's initial JavaScript (what index.html loads statically), gzip;
//   - the inspection remote's files the browser fetches to show the halls page, gzip;
//   - that Element Plus and ECharts come only from the shared chunk or on demand (never from a remote);
//   - time from navigation to the first useful paint of the halls page, median of several cold visits.
// Set E2E_BASE_URL to measure a portal that is already running; otherwise one is started on a fresh database.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { startPortal } from '../support/portal.ts';
import { fileContains, gzipKb, htmlEntries, staticClosure } from './bundle-size.ts';

const appsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shellDist = path.join(appsDir, 'shell', 'dist');
const remoteDist = path.join(appsDir, 'inspection', 'dist');
const BUDGET = { shellKb: 250, remoteEntryKb: 150, hallsPaintMs: 1500 };
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
  if (url.pathname.startsWith('/remotes/inspection/')) return path.join(remoteDist, url.pathname.slice(20));
  if (url.pathname.startsWith('/remotes/')) return null;
  return path.join(shellDist, url.pathname.slice(1));
}

async function logIn(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/login');
  await page.getByLabel('用户名/工号').fill('sc.sup');
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

/** One visit of the halls page with an empty HTTP cache, as on a person's first visit of the day. */
async function visitHalls(
  browser: Browser,
  baseURL: string,
  storageState: Awaited<ReturnType<typeof logIn>>,
): Promise<Visit> {
  const context = await browser.newContext({ baseURL, storageState });
  const page = await context.newPage();
  const fetched = new Set<string>();
  page.on('requestfinished', (request) => {
    const file = builtFile(new URL(request.url()));
    if (file) fetched.add(file);
  });
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('.el-table__body tbody tr')) {
        (window as unknown as { __hallsPainted: number }).__hallsPainted = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/inspection/halls');
  await page.waitForFunction(
    () => (window as unknown as { __hallsPainted?: number }).__hallsPainted !== undefined,
  );
  const paintMs = await page.evaluate(() => (window as unknown as { __hallsPainted: number }).__hallsPainted);
  await context.close();
  const files = [...fetched];
  return {
    paintMs,
    shellFiles: files.filter((f) => f.startsWith(shellDist)),
    remoteFiles: files.filter((f) => f.startsWith(remoteDist)),
  };
}

async function measure(baseURL: string) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const storageState = await logIn(browser, baseURL);
    const visits: Visit[] = [];
    for (let run = 0; run < RUNS; run++) visits.push(await visitHalls(browser, baseURL, storageState));
    return visits;
  } finally {
    await browser.close();
  }
}

const portal = process.env.E2E_BASE_URL ? null : await startPortal();
try {
  const visits = await measure(process.env.E2E_BASE_URL ?? portal!.baseURL);
  const first = visits[0]!;
  const shellInitial = staticClosure(shellDist, htmlEntries(shellDist));
  const sharedChunks = first.shellFiles.filter((f) => !shellInitial.includes(f));
  const elementPlusFromRemote = first.remoteFiles.filter((f) => fileContains(f, ELEMENT_PLUS));
  const echartsAtStart = [...shellInitial, ...first.remoteFiles].filter((f) => fileContains(f, ECHARTS));

  console.log('督导平台 front-end budgets (production build, Chromium)\n');
  console.log(
    row(
      "shell initial JavaScript (index.html's static graph), gzip",
      sumKb(shellInitial),
      'KB',
      BUDGET.shellKb,
    ),
  );
  console.log(row('  + shared libraries and pages loaded after start, gzip', sumKb(sharedChunks), 'KB'));
  console.log(
    row(
      'inspection remote, files fetched for the halls page, gzip',
      sumKb(first.remoteFiles),
      'KB',
      BUDGET.remoteEntryKb,
    ),
  );
  console.log(
    `Element Plus fetched from the remote: ${elementPlusFromRemote.length === 0 ? 'never (one copy, in the shared @duda/ui chunk) ✓' : `✗ ${elementPlusFromRemote.map((f) => path.basename(f)).join(', ')}`}`,
  );
  console.log(
    `ECharts before a chart is shown:      ${echartsAtStart.length === 0 ? 'not loaded (on demand) ✓' : `✗ ${echartsAtStart.map((f) => path.basename(f)).join(', ')}`}`,
  );
  const paints = visits.map((v) => v.paintMs);
  console.log(
    row(
      `halls page first useful paint, median of ${RUNS} cold visits`,
      median(paints),
      'ms',
      BUDGET.hallsPaintMs,
    ),
  );
  console.log(`  runs: ${paints.map((t) => t.toFixed(0)).join(', ')} ms`);
} finally {
  await portal?.stop();
}
