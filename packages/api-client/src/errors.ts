import { isAppError } from '@duda/contract-kit';
import type { WireError, WireFieldError } from '@duda/contract-kit';
import { wordError } from './error-catalogs.ts';
import { clientMessage } from './messages.ts';

/** What the gateway puts in `error.data` (see service-kit's formatError). */
interface GatewayErrorData {
  code?: string;
  httpStatus?: number;
  requestId?: string | null;
  error?: WireError | null;
  fieldErrors?: WireFieldError[];
}

/** The parts of a TRPCClientError we read; duck-typed so errors from any copy of @trpc/client qualify. */
interface ClientErrorLike {
  message: string;
  data?: GatewayErrorData | null;
  shape?: unknown;
  cause?: unknown;
  meta?: { response?: { status?: number; headers?: Headers }; responseJSON?: unknown };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

function asClientError(error: unknown): ClientErrorLike | null {
  return error instanceof Error && error.name === 'TRPCClientError' ? (error as ClientErrorLike) : null;
}

/** The tRPC error code (`UNAUTHORIZED`, `CONFLICT`…) when the gateway answered with one. */
export function errorCodeOf(error: unknown): string | null {
  return asClientError(error)?.data?.code ?? null;
}

/** The HTTP status of a failed call, whether or not the answer was tRPC-shaped. */
export function httpStatusOf(error: unknown): number | null {
  const clientError = asClientError(error);
  return clientError?.data?.httpStatus ?? clientError?.meta?.response?.status ?? null;
}

/** 4xx: asking again will not help (bad input, no permission, not found…). */
export function isClientError(error: unknown): boolean {
  const status = httpStatusOf(error);
  return status !== null && status >= 400 && status < 500;
}

/** fetch() itself failed: browsers reject with a TypeError, some DOM implementations with a NetworkError. */
const isNetworkFailure = (cause: unknown) =>
  cause instanceof TypeError || (isObject(cause) && cause.name === 'NetworkError');

/**
 * The gateway's rate limiter answers outside tRPC, with `Retry-After`: the wait is said in the portal's
 * language rather than with the limiter's fixed Chinese text.
 */
function rateLimitMessage(clientError: ClientErrorLike): string {
  const seconds = Number(clientError.meta?.response?.headers?.get('retry-after'));
  if (Number.isInteger(seconds) && seconds > 0) return clientMessage('rateLimitedFor', { seconds });
  return clientMessage('rateLimited');
}

/**
 * The one place any failure becomes a sentence for the user, in the portal's language. The gateway's errors
 * are worded from their codes with the registered catalogs (its Chinese message when a code is unknown);
 * answers that are not tRPC-shaped (rate limiting, CSRF) and failures with no answer at all (offline,
 * network down, a proxy's HTML error page) get the client's own wording.
 */
export function toUserMessage(error: unknown): string {
  // A contract rule the page runs itself (the standard editor's checks) raises the service's own codes.
  if (isAppError(error)) return wordError(error, error.message);
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return clientMessage('offline');
  const clientError = asClientError(error);
  if (!clientError) return clientMessage('unknown');
  if (clientError.data?.code) {
    return wordError(clientError.data.error, clientError.message) || clientMessage('unknown');
  }
  const status = clientError.meta?.response?.status;
  if (status === 429) return rateLimitMessage(clientError);
  if (status === 403) return clientMessage('sessionStale');
  if (isNetworkFailure(clientError.cause)) return clientMessage('network');
  if (clientError.cause instanceof SyntaxError || (status !== undefined && status >= 500)) {
    return clientMessage('serverUnavailable');
  }
  return clientMessage('unknown');
}

/** Field errors for forms: input path (`newPassword`, `results.A07.outcome`) → the first message for it. */
export function fieldErrorsOf(error: unknown): Record<string, string> {
  const fieldErrors = asClientError(error)?.data?.fieldErrors ?? [];
  const byPath: Record<string, string> = {};
  for (const fieldError of fieldErrors) byPath[fieldError.path] ??= wordError(fieldError, fieldError.message);
  return byPath;
}
