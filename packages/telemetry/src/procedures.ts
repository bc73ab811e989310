// Rate, errors and duration of every tRPC procedure, and its span when tracing is on. Labels come from the
// router only (the procedure's path and kind, and tRPC's error code), never from the URL or the input, so
// the number of series is bounded by the procedures that exist.
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { Histogram } from 'prom-client';
import { registry } from './registry.ts';
import { tracingOn } from './tracing.ts';

export const procedureDuration = new Histogram({
  name: 'duda_trpc_procedure_duration_seconds',
  help: 'tRPC procedure calls by procedure path, kind and outcome (ok or the tRPC error code)',
  labelNames: ['procedure', 'type', 'outcome'] as const,
  // From a cached read (a few ms) to a statistics query or an upload (seconds).
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [registry],
});

/** The part of a tRPC middleware's result this reads: errors carry tRPC's code (`BAD_REQUEST`, …). */
export interface ProcedureResult {
  ok: boolean;
  error?: { code: string };
}

// Errors of the server or of what it depends on; a refused or invalid call is the caller's, not ours.
const SERVER_ERRORS = new Set([
  'INTERNAL_SERVER_ERROR',
  'BAD_GATEWAY',
  'SERVICE_UNAVAILABLE',
  'GATEWAY_TIMEOUT',
]);

/** Runs one procedure call (`next` of a tRPC middleware), timed and, when tracing is on, in its own span. */
export async function observeProcedure<R extends ProcedureResult>(
  procedure: string,
  type: string,
  run: () => Promise<R>,
): Promise<R> {
  const started = performance.now();
  let outcome = 'INTERNAL_SERVER_ERROR';
  try {
    const result = tracingOn() ? await traced(procedure, type, run) : await run();
    outcome = result.ok ? 'ok' : (result.error?.code ?? 'INTERNAL_SERVER_ERROR');
    return result;
  } finally {
    procedureDuration.observe({ procedure, type, outcome }, (performance.now() - started) / 1000);
  }
}

function traced<R extends ProcedureResult>(procedure: string, type: string, run: () => Promise<R>) {
  const attributes = { 'rpc.system': 'trpc', 'rpc.method': procedure, 'rpc.trpc.type': type };
  return trace.getTracer('@duda/telemetry').startActiveSpan(procedure, { attributes }, async (span) => {
    try {
      const result = await run();
      if (!result.ok) {
        const code = result.error?.code ?? 'INTERNAL_SERVER_ERROR';
        span.setAttribute('rpc.trpc.error_code', code);
        if (SERVER_ERRORS.has(code)) span.setStatus({ code: SpanStatusCode.ERROR, message: code });
      }
      return result;
    } finally {
      span.end();
    }
  });
}
