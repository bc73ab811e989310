import { describe, expect, it } from 'vitest';
import { observeProcedure } from './procedures.ts';
import { registry } from './registry.ts';
import { histogramSeries, parseMetrics } from './testing/metrics.ts';

const seriesOf = async (procedure: string) =>
  histogramSeries(parseMetrics(await registry.metrics()).get('duda_trpc_procedure_duration_seconds')!).filter(
    (s) => s.labels.procedure === procedure,
  );

describe('procedure metrics', () => {
  it('times each call under its procedure, kind and outcome — ok or the tRPC error code', async () => {
    await observeProcedure('org.me', 'query', async () => ({ ok: true }));
    await observeProcedure('org.me', 'query', async () => ({ ok: true }));
    await observeProcedure('org.me', 'query', async () => ({ ok: false, error: { code: 'FORBIDDEN' } }));
    const series = await seriesOf('org.me');
    expect(series.map((s) => [s.labels.type, s.labels.outcome, s.count])).toEqual([
      ['query', 'ok', 2],
      ['query', 'FORBIDDEN', 1],
    ]);
    expect(series[0]!.sum).toBeGreaterThanOrEqual(0);
  });

  it('counts a call whose middleware chain threw as an internal error, and lets the error through', async () => {
    const failing = observeProcedure('inspection.save', 'mutation', () => Promise.reject(new Error('boom')));
    await expect(failing).rejects.toThrow('boom');
    expect((await seriesOf('inspection.save')).map((s) => [s.labels.outcome, s.count])).toEqual([
      ['INTERNAL_SERVER_ERROR', 1],
    ]);
  });

  it('writes the text format: each series’ buckets cumulative, ending in +Inf equal to its count', async () => {
    await observeProcedure('training.exams.list', 'query', async () => ({ ok: true }));
    const text = await registry.metrics();
    expect(() => parseMetrics(text)).not.toThrow();
    expect(text).toContain('# TYPE duda_trpc_procedure_duration_seconds histogram');
    expect(() => parseMetrics(text.replace(/(_bucket\{[^}]*le="\+Inf"[^}]*\}) \d+/, '$1 0'))).toThrow(
      /\+Inf bucket/,
    );
  });
});
