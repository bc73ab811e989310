// /metrics on a port of its own, never on the public one: the gateway's port is what the load balancer
// publishes, and the metrics say what the platform is doing. Only the scraper is let in to this port
// (a Kubernetes pod port the Service and Ingress do not name; ADR 0016).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { registry } from './registry.ts';

export interface MetricsServer {
  url: string;
  close(): Promise<void>;
}

export interface MetricsAddress {
  host: string;
  port: number;
}

/** `DUDA_METRICS_PORT` opens the metrics port (on `DUDA_METRICS_HOST`, else `HOST`, else loopback). */
export function metricsAddress(env: NodeJS.ProcessEnv): MetricsAddress | null {
  const port = env.DUDA_METRICS_PORT;
  if (!port) return null;
  if (!/^\d+$/.test(port) || Number(port) > 65_535)
    throw new Error(`DUDA_METRICS_PORT: expected a port number, got "${port}"`);
  return { host: env.DUDA_METRICS_HOST || env.HOST || '127.0.0.1', port: Number(port) };
}

export async function serveMetrics({ host, port }: MetricsAddress): Promise<MetricsServer> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://metrics');
    if (request.method !== 'GET' || url.pathname !== '/metrics') {
      response.writeHead(404).end();
      return;
    }
    // `?name=…` (repeatable) answers only those series: a close watcher (the exam bench reads the pool every
    // second) then does not pay for the process metrics, whose handle count and open-file listing walk every
    // socket — tens of milliseconds of the event loop with 10,000 connections open.
    const names = url.searchParams.getAll('name');
    const text = names.length
      ? Promise.all(names.map((name) => registry.getSingleMetricAsString(name).catch(() => ''))).then(
          (series) => series.filter(Boolean).join('\n') + '\n',
        )
      : registry.metrics();
    text.then(
      (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
      (error: unknown) => response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error)),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}/metrics`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
