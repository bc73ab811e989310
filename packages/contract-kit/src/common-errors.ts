// Errors every area can raise, and those the service kit words for failures it catches itself.
import { monthLabel } from '@duda/month';
import { defineErrors, defineTerms } from './errors.ts';
import type { WireError } from './wire.ts';

export const commonErrors = defineErrors('common', {
  notFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '要找的记录不存在或已被删除',
    en: 'The record does not exist or has been deleted.',
  },
  forbidden: {
    kind: 'FORBIDDEN',
    'zh-CN': '您没有权限执行此操作',
    en: 'You do not have permission to do this.',
  },
  unauthorized: {
    kind: 'UNAUTHORIZED',
    'zh-CN': '登录已失效，请重新登录',
    en: 'Your session has expired. Please log in again.',
  },
  passwordChangeRequired: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '首次登录或密码重置后，请先修改密码',
    en: 'Please change your password first (first login or after a password reset).',
  },
  /** A unique index caught a duplicate that a concurrent request created between a check and an insert. */
  duplicate: {
    kind: 'CONFLICT',
    'zh-CN': '该记录已存在，请刷新后再试',
    en: 'This record already exists. Refresh and try again.',
  },
  rateLimited: {
    kind: 'TOO_MANY_REQUESTS',
    'zh-CN': '操作过于频繁，请稍后再试',
    en: 'Too many requests. Please wait a moment and try again.',
  },
  invalidId: { kind: 'BAD_REQUEST', 'zh-CN': '编号格式不正确', en: 'The ID is not in a valid format.' },
  /** Bad input, with the first field's own message as `detail` (an error rendered in the same language). */
  invalidField: {
    kind: 'BAD_REQUEST',
    'zh-CN': '输入有误：{path} {detail}',
    en: 'Invalid input: {path}: {detail}',
  },
  invalidValue: { kind: 'BAD_REQUEST', 'zh-CN': '输入有误：{detail}', en: 'Invalid input: {detail}' },
  /** Bad input at a field the contract labels (`defineFieldLabels`): named as the form names it. */
  invalidLabelledField: { kind: 'BAD_REQUEST', 'zh-CN': '{label}：{detail}', en: '{label}: {detail}' },
  /** The length rules of a labelled text field, worded for people rather than zod's `<=80 字符`. */
  textRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写', en: 'please fill it in' },
  textTooShort: {
    kind: 'BAD_REQUEST',
    'zh-CN': '至少 {minimum} 个字',
    en: 'use at least {minimum} characters',
  },
  textTooLong: {
    kind: 'BAD_REQUEST',
    'zh-CN': '最多 {maximum} 个字，请删减后再提交',
    en: 'at most {maximum} characters; please shorten it',
  },
  invalidInput: { kind: 'BAD_REQUEST', 'zh-CN': '输入有误', en: 'Invalid input.' },
  /** A NUL or a lone surrogate in a text field (the `text()` rule); worded after the field's path. */
  invalidCharacters: {
    kind: 'BAD_REQUEST',
    'zh-CN': '含有无法保存的字符（空字符或不完整的 Unicode 字符）',
    en: 'Contains a character that cannot be stored (a NUL or an incomplete Unicode character).',
  },
  /** The database refused a value (a PostgreSQL data exception, SQLSTATE class 22) that no schema caught. */
  invalidData: {
    kind: 'BAD_REQUEST',
    'zh-CN': '提交的数据无法保存，请检查后再试',
    en: 'The data submitted cannot be stored. Please check it and try again.',
  },
  internal: {
    kind: 'INTERNAL_SERVER_ERROR',
    'zh-CN': '服务器开小差了，请稍后再试',
    en: 'Something went wrong on the server. Please try again later.',
  },
  internalWithRequestId: {
    kind: 'INTERNAL_SERVER_ERROR',
    'zh-CN': '服务器开小差了，请稍后再试（请求编号 {requestId}）',
    en: 'Something went wrong on the server. Please try again later (request ID {requestId}).',
  },
  serviceUnavailable: {
    kind: 'BAD_GATEWAY',
    'zh-CN': '业务服务暂时不可用，请稍后再试',
    en: 'A business service is temporarily unavailable. Please try again later.',
  },
  /** The database cannot be reached or is shutting down; the answer is a 503 with `Retry-After`. */
  databaseUnavailable: {
    kind: 'SERVICE_UNAVAILABLE',
    'zh-CN': '数据库暂时不可用，请稍后再试',
    en: 'The database is temporarily unavailable. Please try again later.',
  },
  // What tRPC raises itself (in English, for developers) gets a sentence for users.
  procedureNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '请求的内容不存在',
    en: 'What was requested does not exist.',
  },
  malformedRequest: { kind: 'BAD_REQUEST', 'zh-CN': '请求格式不正确', en: 'The request is malformed.' },
  methodNotSupported: {
    kind: 'METHOD_NOT_SUPPORTED',
    'zh-CN': '不支持这种请求方式',
    en: 'This kind of request is not supported.',
  },
  payloadTooLarge: {
    kind: 'PAYLOAD_TOO_LARGE',
    'zh-CN': '提交的内容过大',
    en: 'What was submitted is too large.',
  },
  timeout: {
    kind: 'TIMEOUT',
    'zh-CN': '请求超时，请稍后再试',
    en: 'The request timed out. Please try again later.',
  },
  requestFailed: { kind: 'BAD_REQUEST', 'zh-CN': '请求未能完成', en: 'The request could not be completed.' },
});

/** Words parameters of any area need. */
export const commonTerms = defineTerms('common.term', {
  month: { 'zh-CN': '{zh}', en: '{en}' },
});

/** A month (`YYYY-MM`) as a parameter, named in each language by the one month module: `2026年3月` / `March 2026`. */
export function monthTerm(month: string): WireError {
  return commonTerms.term('month', { zh: monthLabel(month, 'zh-CN'), en: monthLabel(month, 'en') });
}
