import type { TRPCDefaultErrorShape, TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import {
  commonErrors,
  fieldLabelOf,
  isAppError,
  isWireError,
  knownCatalogs,
  labelledDetail,
  messageFor,
  renderMessage,
  ZOD_CODE_PREFIX,
  zodIssueParams,
} from '@duda/contract-kit';
import type { AppError, WireError, WireFieldError } from '@duda/contract-kit';
import type { CallerContext } from './context.ts';
import { databaseFailureOf } from './database-errors.ts';

export type FieldError = WireFieldError;

export interface ErrorData {
  code: TRPCDefaultErrorShape['data']['code'];
  httpStatus: number;
  requestId: string | null;
  /** The error as a code and parameters, for clients to word in their user's language; null when unknown. */
  error: WireError | null;
  fieldErrors: FieldError[];
  path?: string;
}

export interface ErrorShape {
  code: TRPCDefaultErrorShape['code'];
  /** The zh-CN message: what a client shows when it cannot word the code itself. */
  message: string;
  data: ErrorData;
}

interface Issue {
  code: string;
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  message: string;
}

const issuesOf = (cause: unknown): Issue[] | null => {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : null;
};

const dotted = (path: Issue['path']) =>
  (path ?? []).map((p) => String(typeof p === 'object' && p !== null ? p.key : p)).join('.');

const definitionOf = (code: string) => knownCatalogs().find((catalog) => code in catalog)?.[code];

/**
 * A zod issue as a field error. A schema's custom error is a catalog code (`{ error: orgErrors.staffNoFormat.code }`)
 * and is worded from that catalog; any other issue is `zod.<issue code>` with what zod's renderers need.
 */
function fieldErrorOf(issue: Issue): FieldError {
  const params = zodIssueParams(issue);
  const path = dotted(issue.path);
  const definition = definitionOf(issue.message);
  if (definition) {
    return { path, code: issue.message, params, message: renderMessage(definition['zh-CN'], params) };
  }
  return { path, code: `${ZOD_CODE_PREFIX}${issue.code}`, params, message: issue.message };
}

/** The zh-CN sentence of a code, or what was there when the code is unknown. */
const chinese = (error: WireError, otherwise: string) =>
  messageFor(knownCatalogs(), error.code, error.params, 'zh-CN') ?? otherwise;

/** A field the procedure's contract labels is a field a user typed into: its issue is worded for people. */
function forPeople(fieldError: FieldError, procedure: string | undefined): FieldError {
  if (!procedure || !fieldLabelOf(knownCatalogs(), procedure, fieldError.path)) return fieldError;
  const detail = labelledDetail(fieldError);
  if (detail === fieldError) return fieldError;
  return { path: fieldError.path, ...detail, message: chinese(detail, fieldError.message) };
}

/** Errors a remote service already formatted travel in the cause of the forwarded error. */
const forwardedData = (cause: unknown): Pick<ErrorData, 'error' | 'fieldErrors'> | null => {
  const data = (cause as { data?: Partial<ErrorData> } | undefined)?.data;
  if (!Array.isArray(data?.fieldErrors)) return null;
  return { error: isWireError(data.error) ? data.error : null, fieldErrors: data.fieldErrors };
};

const wire = ({ code, params }: WireError): WireError => ({ code, params });

/**
 * What a client sees of an error: the code and parameters to word it in the user's language, the Chinese
 * message, the tRPC code, the request id and, for bad input, which field is wrong. Never a stack trace;
 * unexpected errors become a generic message (their details are logged with the request id by the server).
 */
export function formatError(opts: {
  shape: TRPCDefaultErrorShape;
  error: TRPCError;
  ctx: CallerContext | undefined;
}): ErrorShape {
  const { shape, error, ctx } = opts;
  const requestId = ctx?.requestId ?? null;
  const base = {
    code: shape.code,
    data: {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      requestId,
      error: null as WireError | null,
      fieldErrors: [] as FieldError[],
      ...(shape.data.path ? { path: shape.data.path } : {}),
    },
  };

  const issues = issuesOf(error.cause);
  if (error.code === 'BAD_REQUEST' && issues) {
    const procedure = shape.data.path;
    const fieldErrors = issues.map((issue) => forPeople(fieldErrorOf(issue), procedure));
    const first = fieldErrors[0];
    if (!first) {
      const invalid = commonErrors.invalidInput();
      return { ...base, message: invalid.message, data: { ...base.data, error: wire(invalid) } };
    }
    const detail = wire(first);
    const label = procedure && first.path ? fieldLabelOf(knownCatalogs(), procedure, first.path) : null;
    const summary: WireError = label
      ? { code: commonErrors.invalidLabelledField.code, params: { label, detail } }
      : first.path
        ? { code: commonErrors.invalidField.code, params: { path: first.path, detail } }
        : { code: commonErrors.invalidValue.code, params: { detail } };
    const message = chinese(summary, `输入有误：${first.path ? `${first.path} ` : ''}${first.message}`);
    return { ...base, message, data: { ...base.data, error: summary, fieldErrors } };
  }
  if (isAppError(error.cause)) {
    const { code, params, field, message } = error.cause;
    const fieldErrors = field ? [{ path: field, message, code, params }] : [];
    return { ...base, message, data: { ...base.data, error: { code, params }, fieldErrors } };
  }
  const forwarded = forwardedData(error.cause);
  if (forwarded) return { ...base, message: error.message, data: { ...base.data, ...forwarded } };
  const database = error.code === 'INTERNAL_SERVER_ERROR' ? databaseErrorOf(error.cause) : null;
  if (database) {
    // Not a crash: the status (400 or 503) is the one of the error's own kind.
    const code = database.kind;
    return {
      code: TRPC_ERROR_CODES_BY_KEY[code],
      message: database.message,
      data: {
        ...base.data,
        code,
        httpStatus: getHTTPStatusCodeFromError({ code } as TRPCError),
        error: wire(database),
      },
    };
  }
  // Errors tRPC raises itself (unknown procedure, malformed request…) carry English text; so do crashes.
  const generic =
    error.code === 'INTERNAL_SERVER_ERROR'
      ? requestId
        ? commonErrors.internalWithRequestId({ requestId })
        : commonErrors.internal()
      : (GENERIC[error.code] ?? commonErrors.requestFailed)();
  return { ...base, message: generic.message, data: { ...base.data, error: wire(generic) } };
}

/** A value PostgreSQL refused, or a database out of reach, as the error the caller is told. */
function databaseErrorOf(cause: unknown): AppError | null {
  const failure = databaseFailureOf(cause);
  if (failure === 'badData') return commonErrors.invalidData();
  if (failure === 'unavailable') return commonErrors.databaseUnavailable();
  return null;
}

/** Whether the answer to this error is "the database is down, retry later" (a 503 with `Retry-After`). */
export const isDatabaseUnavailable = (error: TRPCError): boolean =>
  error.code === 'SERVICE_UNAVAILABLE' || databaseFailureOf(error.cause) === 'unavailable';

const GENERIC: Partial<Record<TRPCError['code'], () => ReturnType<typeof commonErrors.requestFailed>>> = {
  NOT_FOUND: commonErrors.procedureNotFound,
  PARSE_ERROR: commonErrors.malformedRequest,
  BAD_REQUEST: commonErrors.malformedRequest,
  METHOD_NOT_SUPPORTED: commonErrors.methodNotSupported,
  PAYLOAD_TOO_LARGE: commonErrors.payloadTooLarge,
  UNAUTHORIZED: commonErrors.unauthorized,
  FORBIDDEN: commonErrors.forbidden,
  TOO_MANY_REQUESTS: commonErrors.rateLimited,
  TIMEOUT: commonErrors.timeout,
};
