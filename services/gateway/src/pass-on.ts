import { callerHeaders, pick, type CallerContext } from '@duda/service-kit';
import type { FastifyReply, FastifyRequest } from 'fastify';

/**
 * A service's plain HTTP route when the service runs in its own process: the same path and query go to
 * its server (at the origin of its tRPC URL) with the caller signed as for forwarded tRPC calls, and the
 * answer comes back with its status and caching.
 */
export async function passOn(
  serviceUrl: string,
  secret: string,
  request: FastifyRequest,
  reply: FastifyReply,
  caller: CallerContext,
) {
  const upstream = await fetch(new URL(request.url, serviceUrl), {
    headers: callerHeaders(pick(caller), secret),
  }).catch(() => null);
  if (!upstream) return reply.code(502).send({ error: '业务服务暂时不可用，请稍后再试' });
  for (const header of ['content-type', 'cache-control']) {
    const value = upstream.headers.get(header);
    if (value) reply.header(header, value);
  }
  return reply.code(upstream.status).send(Buffer.from(await upstream.arrayBuffer()));
}
