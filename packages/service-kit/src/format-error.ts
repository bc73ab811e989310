import type { TRPCDefaultErrorShape, TRPCError } from '@trpc/server';
import type { CallerContext } from './context.ts';
import { DomainError } from './errors.ts';

export interface FieldError {
  /** Dotted path of the input field, e.g. `results.A07.outcome`. */
  path: string;
  message: string;
}

export interface ErrorData {
  code: TRPCDefaultErrorShape['data']['code'];
  httpStatus: number;
  requestId: string | null;
  fieldErrors: FieldError[];
  path?: string;
}

export interface ErrorShape {
  code: TRPCDefaultErrorShape['code'];
  message: string;
  data: ErrorData;
}

interface Issue {
  path?: readonly (PropertyKey | { key: PropertyKey })[];
  message: string;
}

const issuesOf = (cause: unknown): Issue[] | null => {
  const issues = (cause as { issues?: unknown } | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : null;
};

const dotted = (path: Issue['path']) =>
  (path ?? []).map((p) => String(typeof p === 'object' && p !== null ? p.key : p)).join('.');

/** Field errors a remote service already formatted travel in the cause of the forwarded error. */
const forwardedFieldErrors = (cause: unknown): FieldError[] | null => {
  const data = (cause as { data?: { fieldErrors?: FieldError[] } } | undefined)?.data;
  return Array.isArray(data?.fieldErrors) ? data.fieldErrors : null;
};

/**
 * What a client sees of an error: a Chinese message, the tRPC code, the request id and, for bad input,
 * which field is wrong. Never a stack trace; unexpected errors become a generic message (their details
 * are logged with the request id by the server).
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
      fieldErrors: [] as FieldError[],
      ...(shape.data.path ? { path: shape.data.path } : {}),
    },
  };

  const issues = issuesOf(error.cause);
  if (error.code === 'BAD_REQUEST' && issues) {
    const fieldErrors = issues.map((issue) => ({ path: dotted(issue.path), message: issue.message }));
    const first = fieldErrors[0];
    const message = first ? `输入有误：${first.path ? `${first.path} ` : ''}${first.message}` : '输入有误';
    return { ...base, message, data: { ...base.data, fieldErrors } };
  }
  if (error.cause instanceof DomainError) {
    const field = error.cause.field;
    return {
      ...base,
      message: error.message,
      data: { ...base.data, fieldErrors: field ? [{ path: field, message: error.message }] : [] },
    };
  }
  const forwarded = forwardedFieldErrors(error.cause);
  if (forwarded) return { ...base, message: error.message, data: { ...base.data, fieldErrors: forwarded } };
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return { ...base, message: `服务器开小差了，请稍后再试${requestId ? `（请求编号 ${requestId}）` : ''}` };
  }
  // Errors tRPC raises itself (unknown procedure, malformed request…) carry English text.
  const message = /[\u4e00-\u9fff]/.test(error.message)
    ? error.message
    : (GENERIC[error.code] ?? '请求未能完成');
  return { ...base, message };
}

const GENERIC: Partial<Record<TRPCError['code'], string>> = {
  NOT_FOUND: '请求的内容不存在',
  PARSE_ERROR: '请求格式不正确',
  BAD_REQUEST: '请求格式不正确',
  METHOD_NOT_SUPPORTED: '不支持这种请求方式',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  UNAUTHORIZED: '登录已失效，请重新登录',
  FORBIDDEN: '您没有权限执行此操作',
  TOO_MANY_REQUESTS: '操作过于频繁，请稍后再试',
  TIMEOUT: '请求超时，请稍后再试',
};
