export { registry } from './registry.ts';
export { observeProcedure, procedureDuration, type ProcedureResult } from './procedures.ts';
export { observePool } from './pool.ts';
export { observeEvents, type ObservedEvents } from './events.ts';
export { metricsAddress, serveMetrics, type MetricsAddress, type MetricsServer } from './metrics-server.ts';
export { startTracing, tracingConfigured, tracingOn, type Tracing } from './tracing.ts';
export { traceRequests } from './http-spans.ts';
export { startTelemetry, type Telemetry, type TelemetryOptions } from './telemetry.ts';
