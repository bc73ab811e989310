// tRPC on Fastify, for the gateway and every service's own process (ADR 0030).
//
// tRPC's Fastify adapter turns each request into a Fetch `Request` tied to an AbortSignal, composes more signals
// per call and pipes a Fetch `Response` back. On Node 20 those objects outlive the young generation (a Request
// built with a signal registers itself for finalization; abort controllers and their listeners follow), so a
// gateway answering a few hundred calls a second promoted ~12 MB/s into the old generation and paused for a full
// collection every minute or so. Plain JSON queries and mutations — every call the portal makes but uploads —
// are answered here from the Fastify request with tRPC's own parsing, error shapes and status codes, without
// Fetch objects; anything else (uploads, streamed and subscription calls) goes to tRPC's adapter as before.
import type { AnyRouter } from '@trpc/server';
import {
  fastifyRequestHandler,
  type FastifyHandlerOptions,
  type FastifyTRPCPluginOptions,
} from '@trpc/server/adapters/fastify';
import {
  getErrorShape,
  getHTTPStatusCode,
  getRequestInfo,
  getTRPCErrorFromUnknown,
  isAsyncIterable,
  isObject,
  isPromise,
  transformTRPCResponse,
  TRPCError,
  urlPathToProcedurePath,
  type TRPCRequestInfo,
} from '@trpc/server/unstable-core-do-not-import';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

type HandlerOptions<TRouter extends AnyRouter> = FastifyHandlerOptions<
  TRouter,
  FastifyRequest,
  FastifyReply
> & {
  req: FastifyRequest;
  res: FastifyReply;
  path: string;
};
type TrpcOptions<TRouter extends AnyRouter> = FastifyTRPCPluginOptions<TRouter>['trpcOptions'];

/** The procedure types each HTTP method may call (tRPC's rule without method override). */
const ACCEPTED_METHODS = { query: 'GET', mutation: 'POST', subscription: 'GET' } as const;

/**
 * Registers `/:path` under the plugin's prefix: `app.register(trpcPlugin, { prefix: '/trpc', trpcOptions })`,
 * with the same options as tRPC's `fastifyTRPCPlugin`.
 */
export async function trpcPlugin<TRouter extends AnyRouter>(
  app: FastifyInstance,
  options: { trpcOptions: TrpcOptions<TRouter> },
) {
  // Bodies reach tRPC as they came: JSON as text (tRPC parses it with its transformer), uploads untouched.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) =>
    done(null, body),
  );
  app.removeContentTypeParser('multipart/form-data');
  app.addContentTypeParser('multipart/form-data', {}, (_request, body, done) => done(null, body));

  app.all<{ Params: { path: string } }>('/:path', async (req, res) => {
    const handler = { ...options.trpcOptions, req, res, path: req.params.path } as HandlerOptions<TRouter>;
    if (!isPlainJsonCall(req)) return fastifyRequestHandler(handler);
    await answerJsonCall(handler);
  });
}

/** A query or mutation with JSON in and JSON out, nothing streamed: what `answerJsonCall` answers. */
function isPlainJsonCall(req: FastifyRequest): boolean {
  if (req.headers['trpc-accept'] !== undefined) return false;
  if (req.headers.accept?.includes('text/event-stream')) return false;
  if (req.method === 'GET') return true;
  return req.method === 'POST' && (req.headers['content-type'] ?? '').startsWith('application/json');
}

/** What `getRequestInfo` reads of a request for JSON calls: its method, a header and the body's text. */
function requestView(req: FastifyRequest) {
  const body = typeof req.body === 'string' ? req.body : '';
  const headers = {
    get: (name: string) => {
      const value = req.headers[name.toLowerCase()];
      return Array.isArray(value) ? value.join(', ') : (value ?? null);
    },
  };
  return { method: req.method, headers, text: async () => body } as unknown as Request;
}

type Outcome = readonly [TRPCError, undefined] | readonly [undefined, unknown];

async function answerJsonCall<TRouter extends AnyRouter>(opts: HandlerOptions<TRouter>) {
  const { router, req, res } = opts;
  const config = router._def._config;
  const request = requestView(req);
  const query = req.url.indexOf('?');
  let info: TRPCRequestInfo;
  try {
    info = await getRequestInfo({
      req: request,
      path: urlPathToProcedurePath(decodePath(opts.path), config.pathSeparator),
      router,
      searchParams: new URLSearchParams(query < 0 ? '' : req.url.slice(query + 1)),
      headers: request.headers,
      url: null,
      maxBatchSize: opts.maxBatchSize,
    });
  } catch (cause) {
    // Unreadable input or too big a batch: one error for the request, before any context exists.
    const error = getTRPCErrorFromUnknown(cause);
    opts.onError?.({ error, path: undefined, input: undefined, ctx: undefined, type: 'unknown', req });
    const json = {
      error: getErrorShape({
        config,
        error,
        type: 'unknown',
        path: undefined,
        input: undefined,
        ctx: undefined,
      }),
    };
    return send(opts, { json, errors: [error], info: undefined, ctx: undefined });
  }
  if (info.calls.some((call) => call.procedure?._def.type === 'subscription'))
    return fastifyRequestHandler(opts);

  let ctx: unknown;
  let contextError: TRPCError | undefined;
  try {
    ctx = await opts.createContext?.({ req, res, info });
  } catch (cause) {
    contextError = getTRPCErrorFromUnknown(cause);
  }
  const outcomes = await Promise.all(
    info.calls.map(async (call): Promise<Outcome> => {
      const procedure = call.procedure;
      try {
        if (contextError) throw contextError;
        if (!procedure)
          throw new TRPCError({ code: 'NOT_FOUND', message: `No procedure found on path "${call.path}"` });
        const accepted = ACCEPTED_METHODS[procedure._def.type];
        if (req.method !== accepted) {
          res.header('allow', accepted);
          throw new TRPCError({
            code: 'METHOD_NOT_SUPPORTED',
            message: `Unsupported ${req.method}-request to ${procedure._def.type} procedure at path "${call.path}"`,
          });
        }
        const data: unknown = await procedure({
          path: call.path,
          getRawInput: call.getRawInput,
          ctx,
          type: procedure._def.type,
          signal: undefined,
          batchIndex: call.batchIndex,
        });
        if (isDataStream(data))
          throw new TRPCError({
            code: 'UNSUPPORTED_MEDIA_TYPE',
            message: 'Cannot use stream-like response in non-streaming request - use httpBatchStreamLink',
          });
        return [undefined, data];
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        opts.onError?.({
          error,
          path: call.path,
          input: call.result(),
          ctx,
          type: procedure?._def.type ?? 'unknown',
          req,
        });
        return [error, undefined];
      }
    }),
  );
  const items = outcomes.map(([error, data], index) => {
    if (!error) return { result: { data } };
    const call = info.calls[index]!;
    const type = call.procedure?._def.type ?? 'unknown';
    return { error: getErrorShape({ config, error, type, path: call.path, input: call.result(), ctx }) };
  });
  const json = info.isBatchCall ? items : items[0]!;
  return send(opts, { json, errors: outcomes.map(([error]) => error), info, ctx });
}

function send<TRouter extends AnyRouter>(
  opts: HandlerOptions<TRouter>,
  answer: {
    json: Parameters<typeof getHTTPStatusCode>[0];
    errors: (TRPCError | undefined)[];
    info: TRPCRequestInfo | undefined;
    ctx: unknown;
  },
) {
  const { res } = opts;
  const errors = answer.errors.filter((error): error is TRPCError => error !== undefined);
  let status = getHTTPStatusCode(answer.json, answer.errors as TRPCError[]);
  const meta = opts.responseMeta?.({
    ctx: answer.ctx as never,
    info: answer.info,
    paths: answer.info?.calls.map((call) => call.path),
    data: (Array.isArray(answer.json) ? answer.json : [answer.json]) as never,
    errors,
    eagerGeneration: false,
    type: answer.info?.calls.find((call) => call.procedure)?.procedure?._def.type ?? 'unknown',
  });
  const headers = meta?.headers;
  if (headers instanceof Headers) headers.forEach((value, key) => res.header(key, value));
  else
    for (const [key, value] of Object.entries(headers ?? {}))
      if (typeof value === 'string' || Array.isArray(value)) res.header(key, value);
  if (meta?.status) status = meta.status;
  return res
    .code(status)
    .header('vary', 'trpc-accept, accept')
    .header('content-type', 'application/json')
    .send(JSON.stringify(transformTRPCResponse(opts.router._def._config, answer.json)));
}

/** Fastify decoded the path once; tRPC decodes it once more, so `%2561uth.login` is `auth.login` to both. */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch (cause) {
    throw new TRPCError({ code: 'BAD_REQUEST', message: `Invalid URL-encoding in path "${path}"`, cause });
  }
}

/** A result tRPC can only send over a streaming link: an async iterable, or an object holding promises. */
function isDataStream(value: unknown): boolean {
  if (!isObject(value)) return false;
  if (isAsyncIterable(value)) return true;
  return Object.values(value).some((v) => isPromise(v) || isAsyncIterable(v));
}
