// The gateway route of the live stream: the session cookie names the listener (as for every route the
// gateway answers for a service), so no token ever travels in the URL.
import { NOTIFICATION_STREAM_PATH } from '@duda/contract-portal';
import type { HttpRoute } from '@duda/service-kit';
import type { PortalService } from '../../module.ts';
import { openStream } from './stream.ts';

export const notificationStreamRoute: HttpRoute<PortalService> = {
  path: NOTIFICATION_STREAM_PATH,
  handle: async (service, request, reply, caller) => {
    if (!caller.actor) return reply.code(401).send({ error: '登录已失效，请重新登录' });
    // The stream outlives the request/response cycle: Fastify hands the socket over, with the headers its
    // hooks (security headers, request id) already set.
    reply.hijack();
    const raw = reply.raw;
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (value !== undefined) raw.setHeader(name, value);
    raw.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      // Proxies (nginx) must pass each event on at once rather than buffer the response.
      'X-Accel-Buffering': 'no',
      'X-Request-Id': request.id,
    });
    raw.flushHeaders();
    // The browser's own reconnect sends the header; a page that opens a new EventSource after giving up
    // (its gateway answered an error) passes it in the query, as EventSource cannot set headers.
    const lastEventId =
      request.headers['last-event-id'] ??
      (request.query as { lastEventId?: unknown } | undefined)?.lastEventId;
    try {
      await openStream(
        service.notifications,
        caller.actor.personId,
        typeof lastEventId === 'string' ? lastEventId : undefined,
        { write: (chunk) => void raw.write(chunk), onClose: (stop) => raw.on('close', stop) },
      );
    } catch (err) {
      // The database out of reach: end the stream; the browser tries again after `retry`.
      request.log.warn({ err }, 'notification stream could not start');
      raw.end();
    }
  },
};
