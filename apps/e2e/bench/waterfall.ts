// `pnpm --filter @duda/e2e bench:waterfall`: where a cold visit's time goes, in figures that do not depend on how
// busy the machine is — for one cold visit of each measured page under the phone profile (bench:web's), the
// requests before the first useful paint with their bytes on the wire, the depth of the critical request chain
// (each level is a round trip: 150 ms on the phone profile) and the share of the main thread's JavaScript time
// per file (CPU profile, CPU slowed 4×: compare shares, not milliseconds). Needs a running portal
// (E2E_BASE_URL) with the demo data.
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { startVisit } from './visit-form.ts';

const baseURL = process.env.E2E_BASE_URL;
if (!baseURL) throw new Error('E2E_BASE_URL: the portal to measure');

interface Target {
  /** The page's URL, or how to reach one (the visit form needs a visit started first). */
  path: string | ((page: Page) => Promise<string>);
  username: string;
  ready: string;
  viewport?: { width: number; height: number };
}

const PHONE_VIEWPORT = { width: 390, height: 844 };
const TARGETS: Target[] = [
  { path: '/inspection/halls', username: 'sc.sup', ready: '.el-table__body tbody tr' },
  { path: startVisit, username: 'sc.sup', ready: '[data-item]', viewport: PHONE_VIEWPORT },
  { path: '/training/mine', username: 'hubin.clerk', ready: '.my-exams__card', viewport: PHONE_VIEWPORT },
];
const PHONE_NETWORK = {
  latency: 150,
  downloadThroughput: (9 * 1024 * 1024) / 8,
  uploadThroughput: (1.6 * 1024 * 1024) / 8,
};

interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

interface ChainRequest {
  url: string;
  /** The file whose parsing or code asked for it (the page for a link in its head), null for the page itself. */
  initiator: string | null;
  start: number;
  end: number;
  bytes: number;
}

/**
 * The chain of requests the paint waited for, one after another: from the request that finished last before the
 * paint, back each time to the request that finished last before this one was sent (what released it), to the
 * page. Its length is the number of round trips in sequence; under the phone profile each costs 150 ms.
 */
function criticalChain(requests: ChainRequest[]): ChainRequest[] {
  const latestBefore = (time: number) =>
    requests.filter((r) => r.end <= time).sort((a, b) => b.end - a.end)[0];
  const chain: ChainRequest[] = [];
  for (let request = latestBefore(Infinity); request; request = latestBefore(request.start))
    chain.unshift(request);
  return chain;
}

/** Which part of the portal a URL belongs to: the shell, a remote by name, the API, or the page. */
function partOf(url: string): string {
  const { pathname } = new URL(url);
  const remote = /^\/remotes\/([^/]+)\//.exec(pathname);
  if (remote) return `remote ${remote[1]}`;
  if (pathname.startsWith('/trpc/') || pathname.startsWith('/api/')) return 'API';
  return pathname.startsWith('/assets/') || pathname.endsWith('.js') ? 'shell' : 'page';
}

/** Self time per script file (by sample count), as shares of all samples, largest first. */
function selfTimeShares(profile: CpuProfile): [string, number][] {
  const urlOf = new Map(
    profile.nodes.map((node) => [node.id, node.callFrame.url || node.callFrame.functionName]),
  );
  const time = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const key = urlOf.get(id) ?? '?';
    time.set(key, (time.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...time.values()].reduce((a, b) => a + b, 0);
  return [...time.entries()]
    .map(([key, t]): [string, number] => [key, t / total])
    .sort((a, b) => b[1] - a[1]);
}

async function coldVisit({ path: target, username, ready, viewport }: Target) {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  try {
    const login = await browser.newContext({ baseURL, viewport });
    const loginPage = await login.newPage();
    await loginPage.goto('/login');
    await loginPage.getByLabel('用户名/工号').fill(username);
    await loginPage.getByLabel('密码', { exact: true }).fill('Duda2026');
    await loginPage.getByRole('button', { name: '登录' }).click();
    await loginPage.waitForURL((url) => !url.pathname.startsWith('/login'));
    const path = typeof target === 'string' ? target : await target(loginPage);
    const storageState = await login.storageState();
    await login.close();

    const context = await browser.newContext({ baseURL, storageState, viewport });
    const page = await context.newPage();
    const cdp: CDPSession = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...PHONE_NETWORK });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const requests = new Map<string, ChainRequest>();
    cdp.on('Network.requestWillBeSent', (event) => {
      const frames = [...(event.initiator.stack?.callFrames ?? [])];
      for (let parent = event.initiator.stack?.parent; parent; parent = parent.parent)
        frames.push(...parent.callFrames);
      requests.set(event.requestId, {
        url: event.request.url,
        initiator: event.initiator.url ?? frames.find((frame) => frame.url)?.url ?? null,
        start: event.timestamp,
        end: Infinity,
        bytes: 0,
      });
    });
    cdp.on('Network.loadingFinished', (event) => {
      const request = requests.get(event.requestId);
      if (request) Object.assign(request, { end: event.timestamp, bytes: event.encodedDataLength });
    });
    await page.addInitScript((selector) => {
      new MutationObserver((_, observer) => {
        if (document.querySelector(selector)) {
          (window as unknown as { __painted: number }).__painted = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, ready);
    await cdp.send('Profiler.start');
    await page.goto(path);
    await page.waitForFunction(
      () => (window as unknown as { __painted?: number }).__painted !== undefined,
      null,
      {
        timeout: 120_000,
      },
    );
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    const painted = await page.evaluate(() => (window as unknown as { __painted: number }).__painted);
    // CDP timestamps are monotonic seconds; the document request's start is the visit's zero.
    const all = [...requests.values()];
    const zero = Math.min(...all.map((r) => r.start));
    const paintAt = zero + painted / 1000;
    const before = all.filter((r) => r.end <= paintAt);
    return { path, painted, before, profile, zero };
  } finally {
    await browser.close();
  }
}

for (const target of TARGETS) {
  const { path, painted, before, profile, zero } = await coldVisit(target);
  const chain = criticalChain(before);
  const parts = new Map<string, { count: number; bytes: number }>();
  for (const r of before) {
    const part = parts.get(partOf(r.url)) ?? { count: 0, bytes: 0 };
    parts.set(partOf(r.url), { count: part.count + 1, bytes: part.bytes + r.bytes });
  }
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `\n${path} as ${target.username}, one cold visit, phone profile: first useful paint ${painted.toFixed(0)} ms`,
  );
  console.log(
    `  requests finished before the paint: ${before.length}, on the wire ${kb(before.reduce((s, r) => s + r.bytes, 0))}`,
  );
  console.log(
    `    by part: ${[...parts].map(([part, { count, bytes }]) => `${part} ${count} (${kb(bytes)})`).join(', ')}`,
  );
  console.log(`  critical request chain: ${chain.length} requests in sequence`);
  for (const r of chain)
    console.log(
      `    ${((r.start - zero) * 1000).toFixed(0).padStart(6)}–${((r.end - zero) * 1000).toFixed(0).padStart(6)} ms  ${new URL(r.url).pathname.slice(0, 80)}`,
    );
  const largest = [...before].sort((a, b) => b.bytes - a.bytes).slice(0, 6);
  console.log(
    `  largest on the wire: ${largest.map((r) => `${new URL(r.url).pathname.split('/').pop()!.slice(0, 40)} ${kb(r.bytes)}`).join(', ')}`,
  );
  const shares = selfTimeShares(profile);
  console.log('  main-thread self time shares (CPU 4× slower):');
  for (const [key, share] of shares.slice(0, 10))
    console.log(
      `    ${(share * 100).toFixed(1).padStart(5)} %  ${key.startsWith('http') ? new URL(key).pathname.slice(0, 90) : key}`,
    );
}
