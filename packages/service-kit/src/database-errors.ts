// Which failures of the database are not the server's fault: a value PostgreSQL refuses (a data exception,
// SQLSTATE class 22) is the caller's bad input, and a database that cannot be reached is a temporary outage.
// Errors arrive from `pg` directly (`code` is the SQLSTATE or the socket error), or wrapped by Prisma: the
// pg driver adapter's `DriverAdapterError` (`cause.kind`, `cause.originalCode`) inside Prisma's own error
// (`code`/`errorCode` P1001…, `meta.driverAdapterError`).

export type DatabaseFailure = 'badData' | 'unavailable';

/**
 * Prisma's codes for an unreachable or overloaded database, and for values a column cannot hold. P2028 is a
 * transaction that could not start, or ran out of time, within the transaction limits (packages/db): under an exam
 * hour's overload submits met it and were answered as a crash (500) instead of "busy, retry".
 */
const PRISMA_UNAVAILABLE = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024', 'P2028']);
const PRISMA_BAD_DATA = new Set(['P2000', 'P2020']);
/** The pg driver adapter's kinds for the same. */
const ADAPTER_UNAVAILABLE = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
const ADAPTER_BAD_DATA = new Set(['LengthMismatch', 'ValueOutOfRange', 'InvalidInputValue']);
const SOCKET_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);
/** What `pg` throws without a code when the server goes away or the pool cannot connect in time. */
const PG_UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /Can't reach database server/,
];

const SQLSTATE = /^[0-9A-Z]{5}$/;

function sqlstateFailure(code: string): DatabaseFailure | null {
  if (!SQLSTATE.test(code)) return null;
  // 22: data exception; 08: connection exception; 57P01-03: the server is shutting down or starting;
  // 53300: too many connections.
  if (code.startsWith('22')) return 'badData';
  if (code.startsWith('08') || /^57P0[123]$/.test(code) || code === '53300') return 'unavailable';
  return null;
}

function codeFailure(code: unknown): DatabaseFailure | null {
  if (typeof code !== 'string') return null;
  if (PRISMA_UNAVAILABLE.has(code) || SOCKET_UNAVAILABLE.has(code)) return 'unavailable';
  if (PRISMA_BAD_DATA.has(code)) return 'badData';
  if (code.startsWith('P')) return null;
  return sqlstateFailure(code);
}

function ownFailure(error: Record<string, unknown>): DatabaseFailure | null {
  const kind = error.kind;
  if (typeof kind === 'string') {
    if (ADAPTER_UNAVAILABLE.has(kind)) return 'unavailable';
    if (ADAPTER_BAD_DATA.has(kind)) return 'badData';
  }
  for (const code of [error.code, error.originalCode, error.errorCode]) {
    const failure = codeFailure(code);
    if (failure) return failure;
  }
  const message = error.message;
  if (typeof message === 'string' && PG_UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message)))
    return 'unavailable';
  return null;
}

/** The errors an error wraps: its cause, Prisma's adapter error, an AggregateError's attempts. */
function wrapped(error: Record<string, unknown>): unknown[] {
  const meta = error.meta as Record<string, unknown> | undefined;
  return [
    error.cause,
    meta?.driverAdapterError,
    ...(Array.isArray(error.errors) ? (error.errors as unknown[]) : []),
  ];
}

/** Whether an error (or one it wraps) is bad data PostgreSQL refused or an unreachable database. */
export function databaseFailureOf(error: unknown, depth = 0): DatabaseFailure | null {
  if (typeof error !== 'object' || error === null || depth > 6) return null;
  const record = error as Record<string, unknown>;
  const own = ownFailure(record);
  if (own) return own;
  for (const inner of wrapped(record)) {
    const failure = databaseFailureOf(inner, depth + 1);
    if (failure) return failure;
  }
  return null;
}
