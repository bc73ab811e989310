import { Gauge } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { metricsAddress, serveMetrics } from './metrics-server.ts';
import { registry } from './registry.ts';
import { parseMetrics } from './testing/metrics.ts';

describe('the metrics port', () => {
  it('is opened only by DUDA_METRICS_PORT, on its own host or the process’s', () => {
    expect(metricsAddress({})).toBeNull();
    expect(metricsAddress({ DUDA_METRICS_PORT: '9464' })).toEqual({ host: '127.0.0.1', port: 9464 });
    expect(metricsAddress({ DUDA_METRICS_PORT: '9464', HOST: '0.0.0.0' })).toEqual({
      host: '0.0.0.0',
      port: 9464,
    });
    expect(
      metricsAddress({ DUDA_METRICS_PORT: '9464', HOST: '0.0.0.0', DUDA_METRICS_HOST: '10.1.2.3' })?.host,
    ).toBe('10.1.2.3');
    expect(() => metricsAddress({ DUDA_METRICS_PORT: 'metrics' })).toThrow(/DUDA_METRICS_PORT/);
  });

  it('answers GET /metrics in the Prometheus text format, and nothing else', async () => {
    const server = await serveMetrics({ host: '127.0.0.1', port: 0 });
    try {
      const response = await fetch(server.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      expect(() => parseMetrics('')).not.toThrow();
      parseMetrics(await response.text());
      expect((await fetch(server.url.replace('/metrics', '/'))).status).toBe(404);
      expect((await fetch(server.url, { method: 'POST' })).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('answers only the series named by ?name=, leaving out names it does not have', async () => {
    for (const name of ['duda_test_first', 'duda_test_second', 'duda_test_third'])
      if (!registry.getSingleMetric(name)) new Gauge({ name, help: name, registers: [registry] }).set(1);
    const server = await serveMetrics({ host: '127.0.0.1', port: 0 });
    try {
      const everything = parseMetrics(await (await fetch(server.url)).text());
      expect(everything.has('duda_test_third')).toBe(true);
      const response = await fetch(
        `${server.url}?name=duda_test_first&name=duda_test_second&name=duda_nothing`,
      );
      expect(response.status).toBe(200);
      expect([...parseMetrics(await response.text()).keys()]).toEqual([
        'duda_test_first',
        'duda_test_second',
      ]);
    } finally {
      await server.close();
    }
  });
});
