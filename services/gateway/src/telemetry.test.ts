// Metrics, traces and request ids across two processes: the gateway forwards org calls to the org service's
// own process, both export spans to a real OTLP receiver and open their metrics port (ADR 0016).
import { createPool } from '@duda/db';
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { database as inspectionDb } from '@duda/service-inspection';
import { createOrgService, database as orgDb } from '@duda/service-org';
import { seedSmallOrg } from '@duda/service-org/seed';
import {
  histogramSeries,
  scrape,
  startOtlpReceiver,
  type Family,
  type OtlpReceiver,
} from '@duda/telemetry/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GatewayClient } from './testing/http-client.ts';
import { freePort, startProcess, type RunningProcess } from './testing/processes.ts';

const matching = (labels: Record<string, string>) => (sample: { labels: Record<string, string> }) =>
  Object.entries(labels).every(([k, v]) => sample.labels[k] === v);
const samples = (family: Family | undefined, labels: Record<string, string>) =>
  (family?.samples ?? []).filter(matching(labels));
const series = (family: Family | undefined, labels: Record<string, string>) =>
  (family ? histogramSeries(family) : []).filter(matching(labels));

/** Waits for a condition on output that another process writes asynchronously (bounded). */
async function eventually(condition: () => boolean, what: string) {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('telemetry of the gateway and a service in its own process', () => {
  let db: TestDatabase;
  let receiver: OtlpReceiver;
  let org: RunningProcess;
  let gateway: RunningProcess;
  let gatewayUrl: string;
  let gatewayMetrics: string;
  let orgMetrics: string;
  const secret = 'telemetry-secret';

  beforeAll(async () => {
    db = await createTestDatabase([orgDb, inspectionDb]);
    const pool = createPool(db.url, 2);
    const service = createOrgService({ pool });
    await seedSmallOrg(service.prisma);
    await service.close();
    await pool.end();
    receiver = await startOtlpReceiver();
    const tracing = { OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint };

    const [orgPort, orgMetricsPort, gatewayPort, gatewayMetricsPort] = await Promise.all(
      [1, 2, 3, 4].map(() => freePort()),
    );
    const orgUrl = `http://127.0.0.1:${orgPort}`;
    orgMetrics = `http://127.0.0.1:${orgMetricsPort}/metrics`;
    org = await startProcess(
      'services/org/src/standalone.ts',
      {
        ...tracing,
        DATABASE_URL: db.url,
        DUDA_SERVICE_SECRET: secret,
        PORT: String(orgPort),
        DUDA_METRICS_PORT: String(orgMetricsPort),
        LOG_LEVEL: 'info',
      },
      `${orgUrl}/readyz`,
    );
    gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    gatewayMetrics = `http://127.0.0.1:${gatewayMetricsPort}/metrics`;
    gateway = await startProcess(
      'services/gateway/src/main.ts',
      {
        ...tracing,
        DATABASE_URL: db.url,
        DUDA_SERVICE_URLS: `org=${orgUrl}/trpc`,
        DUDA_SERVICE_SECRET: secret,
        DUDA_COOKIE_SECRET: 'cookie-secret',
        DUDA_UPLOADS_DIR: await makeTempDir('duda-uploads-'),
        DUDA_WEB_ROOT: '/nonexistent',
        PORT: String(gatewayPort),
        DUDA_METRICS_PORT: String(gatewayMetricsPort),
      },
      `${gatewayUrl}/readyz`,
    );
  }, 300_000);

  afterAll(async () => {
    await gateway?.stop();
    await org?.stop();
    await receiver?.close();
    await db?.drop();
  });

  it('counts each procedure by path and outcome on both processes’ metrics ports, in a format Prometheus reads', async () => {
    const client = new GatewayClient(gatewayUrl);
    await client.login('hubin.mgr');
    expect((await client.query('org.me')).status).toBe(200);
    expect((await client.query('org.node', { id: 'no-such-node' })).status).toBeGreaterThanOrEqual(400);
    expect((await client.query('no.such.procedure')).status).toBe(404);

    const atGateway = await scrape(gatewayMetrics);
    const histogram = atGateway.get('duda_trpc_procedure_duration_seconds');
    expect(histogram?.type).toBe('histogram');
    const me = series(histogram, { procedure: 'org.me', type: 'query', outcome: 'ok', service: 'gateway' });
    expect(me).toHaveLength(1);
    expect(me[0]!.count).toBeGreaterThanOrEqual(1);
    expect(me[0]!.buckets.get('0.005')).toBeLessThanOrEqual(me[0]!.count);
    expect(series(histogram, { procedure: 'auth.login', outcome: 'ok' })).toHaveLength(1);
    const refused = series(histogram, { procedure: 'org.node' });
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.map((m) => m.labels.outcome)).not.toContain('ok');
    // Only procedures of the router, whatever the URLs asked for.
    expect(new Set(histogram!.samples.map((m) => m.labels.procedure))).not.toContain('no.such.procedure');
    // The in-process services' queues and outboxes, and the pool the gateway shares with them.
    expect(samples(atGateway.get('duda_event_lag_seconds'), { schema: 'inspection' })).toHaveLength(1);
    expect(atGateway.get('duda_job_queue_depth')?.samples.length).toBeGreaterThan(0);
    expect(samples(atGateway.get('duda_db_pool_max_connections'), { pool: 'app' })[0]?.value).toBe(20);
    expect(atGateway.get('process_cpu_user_seconds_total')?.type).toBe('counter');

    // The org process measured the same call as it served it.
    const atOrg = await scrape(orgMetrics);
    const served = series(atOrg.get('duda_trpc_procedure_duration_seconds'), {
      procedure: 'org.me',
      outcome: 'ok',
      service: 'org',
    });
    expect(served[0]?.count).toBeGreaterThanOrEqual(1);
    expect(samples(atOrg.get('duda_db_pool_connections'), { pool: 'app' })[0]?.value).toBeGreaterThan(0);
  });

  it('does not answer /metrics on the public port', async () => {
    const response = await fetch(`${gatewayUrl}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('duda_trpc_procedure_duration_seconds');
  });

  it('logs a call in the org process under the request id the gateway was sent', async () => {
    const client = new GatewayClient(gatewayUrl);
    await client.login('hubin.mgr');
    const requestId = `support-ticket-${Date.now()}`;
    const response = await client.fetch('/trpc/org.me', { headers: { 'x-request-id': requestId } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBe(requestId);
    const lines = () =>
      org
        .output()
        .split('\n')
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { reqId?: string; url?: string; req?: { url?: string } });
    await eventually(() => lines().some((l) => l.reqId === requestId), 'an org log line with the request id');
    expect(
      lines()
        .filter((l) => l.reqId === requestId)
        .map((l) => l.req?.url ?? ''),
    ).toContainEqual(expect.stringContaining('/trpc/org.me'));
  });

  // Last: the spans are read after both processes have stopped, which flushes their exporters.
  it('joins the gateway’s spans, the org process’s and its database query in one trace', async () => {
    const client = new GatewayClient(gatewayUrl);
    await client.login('hubin.mgr');
    const requestId = `trace-check-${Date.now()}`;
    expect((await client.fetch('/trpc/org.me', { headers: { 'x-request-id': requestId } })).status).toBe(200);
    await gateway.stop();
    await org.stop();

    const atGateway = receiver.spans.find(
      (s) =>
        s.service === 'duda-gateway' &&
        s.name.startsWith('GET') &&
        s.attributes['duda.request_id'] === requestId,
    );
    expect(atGateway).toBeDefined();
    const trace = receiver.spans.filter((s) => s.traceId === atGateway!.traceId);
    const byService = (service: string) => trace.filter((s) => s.service === service).map((s) => s.name);
    expect(byService('duda-gateway')).toEqual(expect.arrayContaining(['GET /trpc/:path', 'org.me']));
    expect(byService('duda-org')).toEqual(
      expect.arrayContaining([
        'GET /trpc/:path',
        'org.me',
        'prisma:client:operation',
        'prisma:client:db_query',
      ]),
    );
    // One tree: every span but the gateway's request span has its parent in the same trace.
    const ids = new Set(trace.map((s) => s.spanId));
    expect(trace.filter((s) => !ids.has(s.parentSpanId)).map((s) => s.spanId)).toEqual([atGateway!.spanId]);
    const query = trace.find((s) => s.name === 'prisma:client:db_query');
    expect(String(query?.attributes['db.query.text'])).toMatch(/SELECT/);
  });
});
