import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import type { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './format-error.ts';
import { createLogger } from './logger.ts';
import { publicProcedure, router } from './trpc.ts';

/** What `pg` throws for an error the server reports (pg-protocol's DatabaseError). */
const pgError = (code: string) => Object.assign(new Error('x'), { code, severity: 'ERROR' });

const failing = router({
  nul: publicProcedure.query(() => Promise.reject(pgError('22021'))),
  shutdown: publicProcedure.query(() => Promise.reject(pgError('57P01'))),
  missingTable: publicProcedure.query(() => Promise.reject(pgError('42P01'))),
});

/** One call through tRPC's own HTTP handling; also what `onError` (where the gateway sets headers) sees. */
async function call(path: keyof typeof failing._def.procedures) {
  let seen: TRPCError | undefined;
  const response = await fetchRequestHandler({
    endpoint: '/trpc',
    router: failing,
    req: new Request(`http://local/trpc/${path}`),
    createContext: () => ({
      requestId: 'req-7',
      actor: null,
      sessionId: null,
      passwordChangeRequired: false,
      ip: '127.0.0.1',
      userAgent: 'vitest',
      log: createLogger('test', 'silent'),
    }),
    onError: ({ error }) => {
      seen = error;
    },
  });
  const body = (await response.json()) as {
    error: { json: { message: string; data: Record<string, unknown> } };
  };
  return { status: response.status, error: body.error.json, unavailable: isDatabaseUnavailable(seen!) };
}

describe('formatError for database failures', () => {
  it('answers a value PostgreSQL refused as a 400 with the common code, not a crash', async () => {
    const { status, error, unavailable } = await call('nul');
    expect(status).toBe(400);
    expect(error).toMatchObject({
      message: '提交的数据无法保存，请检查后再试',
      data: { code: 'BAD_REQUEST', requestId: 'req-7', error: { code: 'common.invalidData', params: {} } },
    });
    expect(unavailable).toBe(false);
  });

  it('answers an unreachable database as a 503 the gateway adds a retry hint to', async () => {
    const { status, error, unavailable } = await call('shutdown');
    expect(status).toBe(503);
    expect(error).toMatchObject({
      message: '数据库暂时不可用，请稍后再试',
      data: { code: 'SERVICE_UNAVAILABLE', error: { code: 'common.databaseUnavailable' } },
    });
    expect(unavailable).toBe(true);
  });

  it('still hides any other crash behind the request id', async () => {
    const { status, error } = await call('missingTable');
    expect(status).toBe(500);
    expect(error.data).toMatchObject({ error: { code: 'common.internalWithRequestId' } });
  });
});
