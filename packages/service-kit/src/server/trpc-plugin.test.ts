// The plugin answers plain JSON calls itself: every answer must be the one tRPC's own Fastify adapter gives —
// status, body and the headers a client reads — for successes, batches, every kind of failure and uploads.
import type { AddressInfo } from 'node:net';
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from '@trpc/server/adapters/fastify';
import { TRPCError, type AnyRouter } from '@trpc/server';
import Fastify, { type FastifyInstance } from 'fastify';
import superjson from 'superjson';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CallerContext } from '../context.ts';
import { createLogger } from '../logger.ts';
import { authedProcedure, publicProcedure, router } from '../trpc.ts';
import { z } from '../zod.ts';
import { trpcPlugin } from './trpc-plugin.ts';

const appRouter = router({
  echo: publicProcedure.input(z.object({ text: z.string().max(5) })).query(({ input }) => ({
    text: input.text,
    at: new Date('2026-12-01T08:00:00Z'),
  })),
  save: publicProcedure
    .input(z.object({ points: z.number().int().min(0).max(10) }))
    .mutation(({ input }) => ({ saved: input.points })),
  secret: authedProcedure.query(() => 'only for the signed in'),
  crash: publicProcedure.query(() => {
    throw new Error('database said no');
  }),
  conflict: publicProcedure.mutation(() => {
    throw new TRPCError({ code: 'CONFLICT', message: '已被他人修改' });
  }),
  unavailable: publicProcedure.query(() => {
    throw new TRPCError({ code: 'SERVICE_UNAVAILABLE', message: 'later' });
  }),
  streamed: publicProcedure.query(() => ({ later: Promise.resolve(1) })),
  upload: publicProcedure
    .input((value: unknown) => {
      if (!(value instanceof FormData))
        throw new TRPCError({ code: 'BAD_REQUEST', message: 'form data only' });
      return value;
    })
    .mutation(async ({ input }) => ({ name: (input.get('file') as File).name })),
});

const logger = createLogger('trpc-plugin-test', 'silent');
function options(errors: string[], context: 'ok' | 'throws' = 'ok'): FastifyTRPCPluginOptions<AnyRouter> {
  return {
    prefix: '/trpc',
    trpcOptions: {
      router: appRouter,
      createContext: ({ req }): CallerContext => {
        if (context === 'throws') throw new TRPCError({ code: 'UNAUTHORIZED', message: 'no session' });
        return {
          requestId: String(req.id),
          actor: null,
          sessionId: null,
          passwordChangeRequired: false,
          ip: req.ip,
          userAgent: '',
          log: logger,
        } as unknown as CallerContext;
      },
      responseMeta: ({ errors: failed }) =>
        failed.some((e) => e.code === 'SERVICE_UNAVAILABLE') ? { headers: { 'retry-after': '5' } } : {},
      onError: ({ error, path, type }) => errors.push(`${type} ${path ?? '-'} ${error.code}`),
    },
  };
}

interface Served {
  url: string;
  errors: string[];
  close(): Promise<void>;
}
async function serve(plugin: 'ours' | 'trpc', context: 'ok' | 'throws' = 'ok'): Promise<Served> {
  const errors: string[] = [];
  const app: FastifyInstance = Fastify();
  if (plugin === 'ours') await app.register(trpcPlugin, options(errors, context));
  else await app.register(fastifyTRPCPlugin, options(errors, context));
  await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`,
    errors,
    close: () => app.close(),
  };
}

const input = (value: unknown) => encodeURIComponent(JSON.stringify(superjson.serialize(value)));
const batch = (values: unknown[]) =>
  encodeURIComponent(JSON.stringify(Object.fromEntries(values.map((v, i) => [i, superjson.serialize(v)]))));
const json = { 'content-type': 'application/json' };

const requests: Record<string, { path: string; init?: RequestInit }> = {
  'a query': { path: `echo?input=${input({ text: 'hi' })}` },
  'a query with bad input': { path: `echo?input=${input({ text: 'far too long' })}` },
  'a query whose input is not JSON': { path: 'echo?input=%7Bnot' },
  'a mutation': {
    path: 'save',
    init: { method: 'POST', headers: json, body: JSON.stringify(superjson.serialize({ points: 3 })) },
  },
  'a mutation with a body that is not JSON': {
    path: 'save',
    init: { method: 'POST', headers: json, body: '{"json":' },
  },
  'a mutation called with GET': { path: `save?input=${input({ points: 3 })}` },
  'a query called with POST': { path: 'echo', init: { method: 'POST', headers: json, body: '{}' } },
  'an unknown procedure': { path: 'nothing.here' },
  'a path encoded twice': { path: `%2565cho?input=${input({ text: 'hi' })}` },
  'a procedure that needs a session': { path: 'secret' },
  'a procedure that crashes': { path: 'crash' },
  'a domain conflict': { path: 'conflict', init: { method: 'POST', headers: json, body: '' } },
  'a service that is unavailable (retry-after from responseMeta)': { path: 'unavailable' },
  'a batch of successes': { path: `echo,echo?batch=1&input=${batch([{ text: 'a' }, { text: 'b' }])}` },
  'a batch with a failure (207)': { path: `echo,crash,secret?batch=1&input=${batch([{ text: 'a' }])}` },
  'a batch of mutations': {
    path: 'save,conflict?batch=1',
    init: { method: 'POST', headers: json, body: JSON.stringify({ 0: superjson.serialize({ points: 1 }) }) },
  },
  'a batch whose input is not an object': { path: 'echo?batch=1&input=%5B1%5D' },
  'an upload (multipart, tRPC answers it)': {
    path: 'upload',
    init: {
      method: 'POST',
      body: (() => {
        const form = new FormData();
        form.set('file', new File(['x'], 'photo.jpg'));
        return form;
      })(),
    },
  },
  'a HEAD request': { path: 'echo', init: { method: 'HEAD' } },
};

async function answer(served: Served, path: string, init?: RequestInit) {
  const response = await fetch(`${served.url}/trpc/${path}`, init);
  return {
    status: response.status,
    body: await response.text(),
    // Fastify names the charset of the text it sends; tRPC's adapter sends bytes without it.
    contentType: response.headers.get('content-type')?.split(';')[0] ?? null,
    allow: response.headers.get('allow'),
    retryAfter: response.headers.get('retry-after'),
    vary: response.headers.get('vary'),
  };
}

describe('trpcPlugin answers as tRPC does', () => {
  let ours: Served;
  let theirs: Served;
  beforeAll(async () => {
    [ours, theirs] = await Promise.all([serve('ours'), serve('trpc')]);
  });
  afterAll(async () => {
    await Promise.all([ours.close(), theirs.close()]);
  });
  beforeEach(() => {
    ours.errors.length = 0;
    theirs.errors.length = 0;
  });

  it.each(Object.entries(requests))('%s', async (_name, { path, init }) => {
    const [mine, reference] = await Promise.all([answer(ours, path, init), answer(theirs, path, init)]);
    expect(mine).toEqual(reference);
    expect(ours.errors).toEqual(theirs.errors);
  });

  it('reads the answer it gives (the comparison above is not of two empty answers)', async () => {
    const response = await answer(ours, `echo?input=${input({ text: 'hi' })}`);
    expect(response.status).toBe(200);
    expect(
      superjson.deserialize((JSON.parse(response.body) as { result: { data: never } }).result.data),
    ).toEqual({
      text: 'hi',
      at: new Date('2026-12-01T08:00:00Z'),
    });
    const batchAnswer = await answer(ours, `echo,crash,secret?batch=1&input=${batch([{ text: 'a' }])}`);
    expect(batchAnswer.status).toBe(207);
  });

  it('refuses a result only a streaming link can carry, as tRPC does (and names the procedure)', async () => {
    const [mine, reference] = await Promise.all([answer(ours, 'streamed'), answer(theirs, 'streamed')]);
    expect(mine.status).toBe(415);
    expect(reference.status).toBe(415);
    const code = (body: string) =>
      (JSON.parse(body) as { error: { json: { data: { code: string } } } }).error.json.data.code;
    expect(code(mine.body)).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(code(reference.body)).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a path whose encoding is broken with the same answer, sent as JSON (tRPC says text/plain)', async () => {
    const path = '%25E0%25A4%25A';
    const [mine, reference] = await Promise.all([answer(ours, path), answer(theirs, path)]);
    expect(mine).toEqual({ ...reference, contentType: 'application/json' });
    expect(mine.status).toBe(400);
    expect(ours.errors).toEqual(theirs.errors);
  });

  it('fails every call of a request whose context cannot be made, as tRPC does', async () => {
    const [mine, reference] = await Promise.all([serve('ours', 'throws'), serve('trpc', 'throws')]);
    try {
      const path = `echo,echo?batch=1&input=${batch([{ text: 'a' }, { text: 'b' }])}`;
      const [a, b] = await Promise.all([answer(mine, path), answer(reference, path)]);
      expect(a.status).toBe(401);
      expect(a).toEqual(b);
      expect(mine.errors).toEqual(reference.errors);
    } finally {
      await Promise.all([mine.close(), reference.close()]);
    }
  });
});
