// What a process (the gateway, or a service on its own) starts for its metrics and traces, from its
// environment; all of it off unless asked for.
import type pg from 'pg';
import { collectDefaultMetrics } from 'prom-client';
import { observeEvents, type ObservedEvents } from './events.ts';
import { metricsAddress, serveMetrics, type MetricsServer } from './metrics-server.ts';
import { observePool } from './pool.ts';
import { registry } from './registry.ts';
import { startTracing } from './tracing.ts';

export interface TelemetryOptions {
  /** The process: `gateway`, `org`, `inspection`… — the `service` label of its metrics, `duda-<name>` in traces. */
  name: string;
  /** The process's database pool. */
  pool: pg.Pool;
  /** The services whose events and jobs this process runs (their queues and outboxes are reported). */
  events?: readonly ObservedEvents[];
  env?: NodeJS.ProcessEnv;
}

export interface Telemetry {
  /** Where /metrics answers, when DUDA_METRICS_PORT opened it. */
  metricsUrl: string | null;
  /** Closes the metrics port and sends the last spans. */
  stop(): Promise<void>;
}

let defaultsCollected = false;

export async function startTelemetry(options: TelemetryOptions): Promise<Telemetry> {
  const env = options.env ?? process.env;
  const address = metricsAddress(env);
  const tracing = startTracing(options.name, env);
  const forgetPool = observePool(options.pool);
  const forgetEvents = observeEvents(options.pool, options.events ?? []);
  let server: MetricsServer | null = null;
  if (address) {
    registry.setDefaultLabels({ service: options.name });
    if (!defaultsCollected) collectDefaultMetrics({ register: registry });
    defaultsCollected = true;
    server = await serveMetrics(address);
  }
  return {
    metricsUrl: server?.url ?? null,
    stop: async () => {
      await server?.close();
      forgetEvents();
      forgetPool();
      await tracing?.shutdown();
    },
  };
}
