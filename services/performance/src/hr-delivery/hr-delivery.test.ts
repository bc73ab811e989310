// HR delivery end to end on a real database, pg-boss and a real HTTP server standing in for HR: the city sets its
// address and secret; signing the month off sends HR the signed results; HR refuses twice and then acknowledges, and
// the job retries with backoff and stops; the receiver verifies the signature; a re-send is a new logged delivery.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { HrPayload } from '@duda/contract-performance';
import { startEvents, type RunningEvents } from '@duda/events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTH, monthFixture, type MonthFixture } from '../appeals/test-month.ts';
import { database } from '../database.ts';
import { signatureMatches } from '../domain/hr-delivery.ts';
import { hrDeliverySubscription } from './events.ts';
import { lockEveryDistrict } from '../scorecards/test-support.ts';

const SECRET = 'hangzhou-hr-secret-2026';
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

interface Received {
  body: string;
  signature: string | undefined;
  delivery: string | undefined;
}

/** HR's system: refuses the first `refusals` requests with 503, then acknowledges every one with 200. */
function hrServer(refusals: number) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      received.push({
        body,
        signature: request.headers['x-duda-signature'] as string | undefined,
        delivery: request.headers['x-duda-delivery'] as string | undefined,
      });
      response.statusCode = received.length <= refusals ? 503 : 200;
      response.end();
    });
  });
  return { server, received };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
  );

async function until(condition: () => Promise<boolean>, what: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

let f: MonthFixture;
let events: RunningEvents;
let hr: ReturnType<typeof hrServer>;
let url: string;

beforeAll(async () => {
  hr = hrServer(2);
  await new Promise<void>((resolve) => hr.server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(hr.server.address() as AddressInfo).port}/performance`;
  f = await monthFixture();
  // Operations' list for this test: HR's stand-in on this machine.
  Object.assign(f.performance.deps, { hrHosts: ['127.0.0.1'] });
  events = await startEvents({
    pool: f.performanceDb.pool,
    logger: quiet,
    pollingSeconds: 0.5,
    services: [
      {
        service: 'performance',
        outboxSchema: database.schema,
        // Seconds instead of minutes, with the same doubling.
        subscriptions: [
          hrDeliverySubscription(f.performance.deps, { limit: 5, delaySeconds: 1, backoff: true }),
        ],
      },
    ],
  });
}, 300_000);
afterAll(async () => {
  await events?.stop();
  await f?.close();
  await new Promise((resolve) => hr?.server.close(resolve));
});

const deliveries = async () =>
  (await (await f.as('city.sup')).hrDelivery.list({ page: 1, pageSize: 20 })).items;

describe('the address and secret', () => {
  it('takes only a listed host, needs a secret the first time, and never gives the secret back', async () => {
    const sup = await f.as('city.sup');
    expect(await codeOf(sup.hrDelivery.saveEndpoint({ url: 'http://169.254.169.254/latest' }))).toBe(
      'performance.hrDelivery.hostNotAllowed',
    );
    expect(await codeOf(sup.hrDelivery.saveEndpoint({ url }))).toBe('performance.hrDelivery.secretRequired');
    expect(await codeOf((await f.as('hr')).hrDelivery.saveEndpoint({ url, secret: SECRET }))).toBe(
      'performance.hrDelivery.manageDenied',
    );
    const saved = await sup.hrDelivery.saveEndpoint({ url, secret: SECRET });
    expect(saved).toMatchObject({ url, secretSet: true, updatedByName: expect.any(String) });
    // The URL alone changes; the secret stays and is never in an answer.
    await sup.hrDelivery.saveEndpoint({ url });
    const read = await (await f.as('hr')).hrDelivery.endpoint({});
    expect(read).toMatchObject({ url, secretSet: true });
    expect(JSON.stringify(read)).not.toContain(SECRET);
    // At rest it is sealed (AES-256-GCM): the stored column is not the secret, yet the signature below verifies.
    const { rows } = await f.performanceDb.pool.query<{ secret: string }>(
      'SELECT secret FROM performance."HrEndpoint"',
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.secret).not.toContain(SECRET);
    expect(rows[0]!.secret).toMatch(/^v1\./);
    expect(await codeOf((await f.as('hubin.mgr')).hrDelivery.endpoint({}))).toBe(
      'performance.hrDelivery.readDenied',
    );
  });

  it('refuses a re-send of a month not signed off, writing nothing', async () => {
    expect(await codeOf((await f.as('hr')).hrDelivery.resend({ month: MONTH }))).toBe(
      'performance.hrDelivery.notSignedOff',
    );
    expect(await deliveries()).toEqual([]);
  });
});

describe('the delivery at sign-off', () => {
  it('retries while HR refuses, stops once HR acknowledges, and logs every attempt', async () => {
    for (const staffNo of f.cards.keys()) await f.assess(staffNo, staffNo === 'HZ10103' ? 55 : 85);
    await lockEveryDistrict(f, MONTH);
    await (await f.as('city.sup')).months.signOff({ month: MONTH });

    await until(async () => (await deliveries())[0]?.status === 'ACKNOWLEDGED', 'HR acknowledges');
    const [delivery] = await deliveries();
    expect(delivery).toMatchObject({ month: MONTH, trigger: 'SIGN_OFF', attempts: 3 });
    const log = await (await f.as('hr')).hrDelivery.get({ id: delivery!.id });
    expect(log.attempts.map((attempt) => [attempt.number, attempt.statusCode, attempt.error])).toEqual([
      [1, 503, 'HTTP 503'],
      [2, 503, 'HTTP 503'],
      [3, 200, null],
    ]);
    for (const attempt of log.attempts) {
      expect(attempt.durationMs).toBeGreaterThanOrEqual(0);
      expect(attempt.url).toBe(url);
    }
    // Nothing more is sent once acknowledged.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(hr.received).toHaveLength(3);
    expect(new Set(hr.received.map((request) => request.body)).size).toBe(1);
    expect(hr.received.every((request) => request.delivery === delivery!.id)).toBe(true);
  }, 120_000);

  it('carries a signature the receiver verifies with the city’s secret over the exact body', () => {
    const { body, signature } = hr.received[2]!;
    // As HR would, with nothing of ours: HMAC-SHA256 of the raw body.
    expect(signature).toBe(`sha256=${createHmac('sha256', SECRET).update(body).digest('hex')}`);
    expect(signatureMatches(SECRET, body, signature)).toBe(true);
    expect(signatureMatches(SECRET, body.replace('55', '95'), signature)).toBe(false);
    expect(signatureMatches('another-secret-entirely', body, signature)).toBe(false);
  });

  it('sends the signed-off results: person, 工号, org, score, grade, deductions with reasons', () => {
    const payload = JSON.parse(hr.received[2]!.body) as HrPayload;
    expect(payload).toMatchObject({ month: MONTH, deliveryId: expect.any(String) });
    expect(payload.results).toHaveLength(f.cards.size);
    expect(payload.results.find((result) => result.staffNo === 'HZ10103')).toMatchObject({
      personName: f.cards.get('HZ10103')!.personName,
      hallName: '湖滨营业厅',
      score: 55,
      grade: 'FAIL',
      // 100 − 55 on the one manual KPI
      deductions: [{ kind: 'KPI', item: '工作态度', points: -45, reason: '55分' }],
    });
  });
});

describe('the manual re-send', () => {
  it('is a new delivery, logged beside the acknowledged one, which stays as it was', async () => {
    const [first] = await deliveries();
    f.inspection.clock.now = new Date(f.inspection.clock.now.getTime() + 3_600_000);
    const resent = await (await f.as('hr')).hrDelivery.resend({ month: MONTH });
    expect(resent.id).not.toBe(first!.id);
    expect(resent).toMatchObject({ trigger: 'RESEND', results: f.cards.size });

    await until(
      async () => (await deliveries())[0]?.status === 'ACKNOWLEDGED',
      'the re-send is acknowledged',
    );
    const [latest, earlier] = await deliveries();
    expect(latest).toMatchObject({ id: resent.id, trigger: 'RESEND', attempts: 1 });
    expect(earlier).toMatchObject({
      id: first!.id,
      trigger: 'SIGN_OFF',
      status: 'ACKNOWLEDGED',
      attempts: 3,
    });
    expect(hr.received).toHaveLength(4);
    expect(hr.received[3]!.delivery).toBe(resent.id);
    expect(JSON.parse(hr.received[3]!.body)).toMatchObject({ deliveryId: resent.id, month: MONTH });
  }, 120_000);
});
