import { trace } from '@opentelemetry/api';
import { describe, expect, it } from 'vitest';
import { startTracing, tracingConfigured, tracingOn } from './tracing.ts';

describe('tracing', () => {
  it('is off unless an OTLP endpoint is configured, and OTEL_SDK_DISABLED overrides it', () => {
    expect(tracingConfigured({})).toBe(false);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toBe(true);
    expect(tracingConfigured({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(
      true,
    );
    expect(
      tracingConfigured({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'true' }),
    ).toBe(false);
  });

  it('registers nothing when off: spans stay the API’s no-op ones', () => {
    expect(startTracing('gateway', {})).toBeNull();
    expect(tracingOn()).toBe(false);
    const span = trace.getTracer('test').startSpan('anything');
    expect(span.isRecording()).toBe(false);
    span.end();
  });

  it('refuses a sampling ratio that is not one', () => {
    expect(() =>
      startTracing('gateway', {
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
        OTEL_TRACES_SAMPLER: 'parentbased_traceidratio',
        OTEL_TRACES_SAMPLER_ARG: '5',
      }),
    ).toThrow(/OTEL_TRACES_SAMPLER_ARG/);
    expect(tracingOn()).toBe(false);
  });
});
