// The server span of each HTTP request a Fastify app answers, joined to the caller's trace when the request
// carries one (W3C traceparent: the gateway's call to a service). Its name and attributes hold the route's
// pattern, never the URL: a tRPC query's input travels in the query string.
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
  type Context,
  type Span,
} from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { tracingOn } from './tracing.ts';

const requests = new WeakMap<FastifyRequest, { span: Span; context: Context }>();

/**
 * Adds the hooks when tracing is on (call it before other hooks and plugins, so theirs run inside the span).
 * The request's context is entered at its first hook and again just before its handler: a POST's body is
 * read between them, in callbacks that do not inherit it.
 */
export function traceRequests(app: FastifyInstance): void {
  if (!tracingOn()) return;
  const tracer = trace.getTracer('@duda/telemetry');
  app.addHook('onRequest', (request, _reply, done) => {
    const parent = propagation.extract(ROOT_CONTEXT, request.headers);
    const span = tracer.startSpan(
      request.method,
      {
        kind: SpanKind.SERVER,
        attributes: { 'http.request.method': request.method, 'duda.request_id': request.id },
      },
      parent,
    );
    const entered = trace.setSpan(parent, span);
    requests.set(request, { span, context: entered });
    context.with(entered, done);
  });
  app.addHook('preHandler', (request, _reply, done) => {
    const traced = requests.get(request);
    if (traced) context.with(traced.context, done);
    else done();
  });
  app.addHook('onResponse', (request, reply, done) => {
    end(request, reply.statusCode);
    done();
  });
  app.addHook('onRequestAbort', (request, done) => {
    end(request, null);
    done();
  });
}

function end(request: FastifyRequest, status: number | null) {
  const traced = requests.get(request);
  if (!traced) return;
  requests.delete(request);
  const route = request.routeOptions.url;
  if (route) {
    traced.span.updateName(`${request.method} ${route}`);
    traced.span.setAttribute('http.route', route);
  }
  if (status === null) traced.span.setStatus({ code: SpanStatusCode.ERROR, message: 'client aborted' });
  else {
    traced.span.setAttribute('http.response.status_code', status);
    if (status >= 500) traced.span.setStatus({ code: SpanStatusCode.ERROR });
  }
  traced.span.end();
}
