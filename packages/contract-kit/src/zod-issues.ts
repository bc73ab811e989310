// Zod's validation issues as codes with parameters (`zod.too_small` {origin, minimum, inclusive}), rendered in the
// user's language by zod's own locale renderers rather than a table of ours.
import type { $ZodErrorMap, $ZodRawIssue } from 'zod/v4/core';
import { en, zhCN } from 'zod/v4/locales';
import type { Locale } from './errors.ts';
import type { WireParam, WireParams } from './wire.ts';

export const ZOD_CODE_PREFIX = 'zod.';

/** Parts of an issue that are not parameters, or too big to send (a union's nested issues). */
const NOT_PARAMS = new Set([
  'code',
  'path',
  'message',
  'input',
  'errors',
  'issues',
  'inst',
  'schema',
  'continue',
]);

const isPrimitive = (value: unknown): value is string | number | boolean | null =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

function toParam(value: unknown): WireParam | undefined {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof RegExp) return value.toString();
  if (isPrimitive(value)) return value;
  if (Array.isArray(value) && value.every(isPrimitive)) return value;
  return undefined;
}

/** What a locale renderer needs of an issue: `minimum`, `origin`, `format`, `expected`, `received`, `values`… */
export function zodIssueParams(issue: object): WireParams {
  const params: Record<string, WireParam> = {};
  for (const [key, value] of Object.entries(issue)) {
    if (NOT_PARAMS.has(key)) continue;
    const param = toParam(value);
    if (param !== undefined) params[key] = param;
  }
  return params;
}

/**
 * The received type (zod's `parsedType`) is all an `invalid_type` message needs of the input, and the input itself
 * must not travel (it may be a password). A renderer wrapped with this keeps that type on the issue as `received`.
 */
export function recordingReceivedType(localeError: $ZodErrorMap): $ZodErrorMap {
  return (issue) => {
    if (issue.code === 'invalid_type') Object.assign(issue, { received: receivedTypeOf(issue.input) });
    return localeError(issue);
  };
}

function receivedTypeOf(input: unknown): string {
  if (typeof input === 'number') return Number.isNaN(input) ? 'nan' : 'number';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'object') {
    const prototype = Object.getPrototypeOf(input) as { constructor?: { name?: string } } | null;
    return prototype && prototype !== Object.prototype && prototype.constructor?.name
      ? prototype.constructor.name
      : 'object';
  }
  return typeof input;
}

/** An input of the received type, for the renderers that read the type off the input. */
function standInFor(received: WireParam | undefined): unknown {
  switch (received) {
    case 'string':
      return '';
    case 'number':
      return 0;
    case 'nan':
      return Number.NaN;
    case 'boolean':
      return false;
    case 'bigint':
      return BigInt(0);
    case 'null':
      return null;
    case 'array':
      return [];
    case 'object':
      return {};
    case 'function':
      return () => undefined;
    case 'undefined':
    case undefined:
      return undefined;
    default:
      // An instance of a class (`Date`, `File`…): only its constructor's name is read.
      return Object.create({ constructor: { name: String(received) } }) as unknown;
  }
}

const renderers: Partial<Record<Locale, $ZodErrorMap>> = {};
const rendererFor = (locale: Locale) => (renderers[locale] ??= (locale === 'en' ? en() : zhCN()).localeError);

/** The message of a `zod.<issue code>` in a locale, as zod words it. */
export function renderZodIssue(code: string, params: WireParams, locale: Locale): string {
  const issue = {
    ...params,
    code: code.slice(ZOD_CODE_PREFIX.length),
    input: standInFor(params.received),
    path: [],
  } as unknown as $ZodRawIssue;
  const rendered = rendererFor(locale)(issue);
  return typeof rendered === 'string' ? rendered : (rendered?.message ?? '');
}
