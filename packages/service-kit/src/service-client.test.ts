import { procedureDuration } from '@duda/telemetry';
import { describe, expect, it } from 'vitest';
import type { CallerContext } from './context.ts';
import { createLogger } from './logger.ts';
import { localServiceClient } from './service-client.ts';
import { publicProcedure, router } from './trpc.ts';
import { z } from './zod.ts';

const caller: CallerContext = {
  requestId: 'service-client-test',
  actor: null,
  sessionId: null,
  passwordChangeRequired: false,
  ip: '127.0.0.1',
  userAgent: 'test',
  log: createLogger('test', 'silent'),
};

const orgRouter = router({
  people: router({
    byIds: publicProcedure.input(z.array(z.string())).query(({ input }) => input.map((id) => ({ id }))),
    rename: publicProcedure
      .input(z.object({ id: z.string(), name: z.string() }))
      .mutation(({ input }) => ({ ...input, renamed: true })),
  }),
});

const callsOf = async (procedure: string) =>
  (await procedureDuration.get()).values.filter(
    (v) => v.metricName === 'duda_trpc_procedure_duration_seconds_count' && v.labels.procedure === procedure,
  );

describe('in-process service client', () => {
  it('calls a procedure by its path relative to the router', async () => {
    const client = localServiceClient(orgRouter);
    expect(await client.query(caller, 'people.byIds', ['a'])).toEqual([{ id: 'a' }]);
  });

  it('with the mount prefix, is measured under the same name as a call over HTTP', async () => {
    const client = localServiceClient(orgRouter, 'org');
    expect(await client.query(caller, 'people.byIds', ['b'])).toEqual([{ id: 'b' }]);
    expect((await callsOf('org.people.byIds')).map((v) => v.value)).toEqual([1]);
  });

  it('runs a mutation as the caller', async () => {
    const client = localServiceClient(orgRouter, 'org');
    expect(await client.mutate!(caller, 'people.rename', { id: 'a', name: '赵雪' })).toEqual({
      id: 'a',
      name: '赵雪',
      renamed: true,
    });
  });
});
