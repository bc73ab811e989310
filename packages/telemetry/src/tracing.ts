// OpenTelemetry traces, exported by OTLP over HTTP (JSON) only when an endpoint is configured. Off, nothing
// is registered: the API's no-op tracer stays in place and the platform's own hooks are not even added.
// Nothing here patches modules at load time, so it works however the process was started (tsx or compiled
// JavaScript, ESM) and wherever in start-up it is called: Prisma reads its tracing helper at each query,
// and fetch() is observed through Node's diagnostics channels.
import { context, propagation, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOnSampler,
  BatchSpanProcessor,
  ParentBasedSampler,
  TraceIdRatioBasedSampler,
  TracerProvider,
} from '@opentelemetry/sdk-trace';
import { PrismaInstrumentation, registerInstrumentations } from '@prisma/instrumentation';

let on = false;

/** Whether this process records spans (cheap to call on every request). */
export const tracingOn = () => on;

export interface Tracing {
  /** Sends every span ended so far (tests; before a planned exit). */
  flush(): Promise<void>;
  /** Flushes, then stops recording. */
  shutdown(): Promise<void>;
}

/** The standard variables: an endpoint turns tracing on, OTEL_SDK_DISABLED=true keeps it off regardless. */
export function tracingConfigured(env: NodeJS.ProcessEnv): boolean {
  const endpoint = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || env.OTEL_EXPORTER_OTLP_ENDPOINT;
  return Boolean(endpoint) && env.OTEL_SDK_DISABLED !== 'true';
}

/** `parentbased_traceidratio` with OTEL_TRACES_SAMPLER_ARG keeps that share of new traces; else all. */
function samplerFrom(env: NodeJS.ProcessEnv) {
  if (env.OTEL_TRACES_SAMPLER !== 'parentbased_traceidratio') return new AlwaysOnSampler();
  const ratio = Number(env.OTEL_TRACES_SAMPLER_ARG ?? 1);
  if (!(ratio >= 0 && ratio <= 1))
    throw new Error(
      `OTEL_TRACES_SAMPLER_ARG: expected a ratio from 0 to 1, got "${env.OTEL_TRACES_SAMPLER_ARG}"`,
    );
  return new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) });
}

/**
 * Starts tracing for this process when configured (see `tracingConfigured`), naming its spans' service
 * `duda-<name>` unless OTEL_SERVICE_NAME says otherwise; null when not configured. Once per process.
 */
export function startTracing(name: string, env: NodeJS.ProcessEnv = process.env): Tracing | null {
  if (!tracingConfigured(env)) return null;
  if (on) throw new Error('tracing is already started in this process');
  // The exporter reads the endpoint, headers and timeout from the same variables.
  const processor = new BatchSpanProcessor({ exporter: new OTLPTraceExporter() });
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || `duda-${name}` }),
    sampler: samplerFrom(env),
    spanProcessors: [processor],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  // Prisma's spans (operation, db_query with the SQL) and a client span per fetch(), which also carries the
  // trace context to the service called (W3C traceparent). Only fetches inside a trace are recorded.
  const instrumentations = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new PrismaInstrumentation(),
      new UndiciInstrumentation({ requireParentforSpans: true }),
    ],
  });
  on = true;
  return {
    flush: () => provider.forceFlush(),
    shutdown: async () => {
      instrumentations();
      on = false;
      await provider.shutdown();
    },
  };
}
