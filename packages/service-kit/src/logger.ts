import pino, { type Logger } from 'pino';

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
