import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import pino, { type Logger } from 'pino';

const REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/**
 * A request's id (`reqId` in its log lines): the `x-request-id` it came with — the gateway's, on a call it
 * forwards to a service — when that is a plausible id, else a new one.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** Structured JSON logs; secrets that may appear in requests are redacted. */
export function createLogger(name: string, level = process.env.LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    redact: [
      'req.headers.cookie',
      'req.headers.authorization',
      'password',
      '*.password',
      'newPassword',
      '*.newPassword',
    ],
  });
}
