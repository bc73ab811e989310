// Errors as codes with parameters. A service throws `AppError`s made by an area's `defineErrors` factories; the
// wire carries the code and its parameters, and each client renders the message in its user's language from the
// same catalog. The Chinese text also travels as `message`, for logs and for callers that render nothing.
import { isWireError } from './wire.ts';
import type { WireError, WireParam, WireParams } from './wire.ts';
import { renderZodIssue, ZOD_CODE_PREFIX } from './zod-issues.ts';

/** How an error maps onto the transport (tRPC codes / HTTP statuses). */
export const ERROR_KINDS = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PRECONDITION_FAILED',
  'TOO_MANY_REQUESTS',
  'PARSE_ERROR',
  'METHOD_NOT_SUPPORTED',
  'PAYLOAD_TOO_LARGE',
  'TIMEOUT',
  'INTERNAL_SERVER_ERROR',
  'BAD_GATEWAY',
  'SERVICE_UNAVAILABLE',
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A parameter is a name or number, or terms/errors (`{ code, params }`) worded in the same language. */
export type MessageParams = Readonly<Record<string, string | number | WireError | readonly WireError[]>>;

/** A text in each language, with `{name}` placeholders. */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** One error of an area: its kind and its message in each language. */
export interface ErrorDefinition extends LocalizedText {
  readonly kind: ErrorKind;
}

/** Fully qualified code (`inspection.planExists`, `org.role.clerk`) → texts; what clients register. */
export type MessageCatalog = Readonly<Record<string, LocalizedText>>;
export type ErrorCatalog = Readonly<Record<string, ErrorDefinition>>;

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly kind: ErrorKind,
    /** Fully qualified, e.g. `inspection.planExists`. */
    readonly code: string,
    readonly params: MessageParams,
    /** The zh-CN rendering (the portal's default language). */
    message: string,
    /** Dotted path of the input field the error is about, e.g. `entries.3.templateId`. */
    readonly field?: string,
  ) {
    super(message);
  }
}

export const isAppError = (error: unknown): error is AppError =>
  error instanceof AppError ||
  (error instanceof Error && error.name === 'AppError' && typeof (error as AppError).code === 'string');

/** `{scope}{month} 的计划已存在` → 'scope' | 'month'. */
type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

type ParamsFor<D extends ErrorDefinition> = [PlaceholdersOf<D['zh-CN'] | D['en']>] extends [never]
  ? [params?: Record<string, never>, field?: string]
  : [params: Record<PlaceholdersOf<D['zh-CN'] | D['en']>, MessageParams[string]>, field?: string];

export type ErrorFactories<Area extends string, Defs extends Record<string, ErrorDefinition>> = {
  readonly [K in keyof Defs & string]: ((...args: ParamsFor<Defs[K]>) => AppError) & {
    /** The qualified code, e.g. for a zod schema's custom error: `z.uuid({ error: errors.badId.code })`. */
    readonly code: `${Area}.${K}`;
  };
};

export type DefinedErrors<Area extends string, Defs extends Record<string, ErrorDefinition>> = ErrorFactories<
  Area,
  Defs
> & {
  readonly catalog: ErrorCatalog;
};

/** Replaces `{name}` with `params.name`; an unknown placeholder stays as written, so a gap is visible. */
export function renderMessage(template: string, params: Readonly<Record<string, unknown>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

const definedCatalogs: MessageCatalog[] = [];

/**
 * Every catalog `defineErrors` and `defineTerms` made in this JavaScript realm. A server uses it to word a zod
 * schema's custom error code and term parameters in Chinese: their modules are loaded by then. Browsers register
 * catalogs explicitly with the API client instead (remotes bring their own copy of this module).
 */
export const knownCatalogs = (): readonly MessageCatalog[] => definedCatalogs;

/**
 * An area's errors: `const errors = defineErrors('inspection', { planExists: { kind: 'CONFLICT', 'zh-CN': …, en: … } })`,
 * then `throw errors.planExists({ scope, month }, 'month')`. Parameters are typed from the placeholders.
 */
export function defineErrors<const Area extends string, const Defs extends Record<string, ErrorDefinition>>(
  area: Area,
  definitions: Defs & { catalog?: never },
): DefinedErrors<Area, Defs> {
  const catalog: Record<string, ErrorDefinition> = {};
  const factories: Record<string, unknown> = {};
  for (const [key, definition] of Object.entries(definitions)) {
    const code = `${area}.${key}`;
    catalog[code] = definition;
    const factory = (params: MessageParams = {}, field?: string) => {
      const message =
        messageFor(definedCatalogs, code, params, 'zh-CN') ?? renderMessage(definition['zh-CN'], params);
      return new AppError(definition.kind, code, params, message, field);
    };
    factories[key] = Object.assign(factory, { code });
  }
  definedCatalogs.push(catalog);
  return { ...factories, catalog } as DefinedErrors<Area, Defs>;
}

/**
 * Words an error's parameters need in both languages (a role, a status): `const roles = defineTerms('org.role',
 * { clerk: { 'zh-CN': '营业员', en: 'clerk' } })`, then `errors.x({ role: roles.term('clerk') })`.
 */
export function defineTerms<const Keys extends string>(
  area: string,
  texts: Readonly<Record<Keys, LocalizedText>>,
) {
  const catalog: Record<string, LocalizedText> = {};
  for (const [key, text] of Object.entries<LocalizedText>(texts)) catalog[`${area}.${key}`] = text;
  definedCatalogs.push(catalog);
  return {
    catalog: catalog as MessageCatalog,
    term: (key: Keys, params: MessageParams = {}): WireError => ({ code: `${area}.${key}`, params }),
  };
}

/**
 * The message for a code in a locale: from the catalogs a client registered, or zod's renderer for `zod.*` codes;
 * null for an unknown code (the caller then shows the Chinese message the server sent). A parameter that is itself
 * a code (a term, or the `detail` of `common.invalidField`) is worded first, in the same locale.
 */
export function messageFor(
  catalogs: readonly MessageCatalog[],
  code: string,
  params: WireParams,
  locale: Locale,
): string | null {
  if (code.startsWith(ZOD_CODE_PREFIX)) return renderZodIssue(code, params, locale);
  const definition = catalogs.find((catalog) => code in catalog)?.[code];
  if (!definition) return null;
  const worded: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    const inner = wordParam(catalogs, value, locale);
    if (inner === null) return null;
    worded[name] = inner;
  }
  return renderMessage(definition[locale], worded);
}

/** Chinese sentences follow each other without a space; English ones with one. */
const SENTENCE_JOINER: Record<Locale, string> = { 'zh-CN': '', en: ' ' };

function wordParam(catalogs: readonly MessageCatalog[], value: WireParam, locale: Locale): unknown {
  if (isWireError(value)) return messageFor(catalogs, value.code, value.params, locale);
  if (Array.isArray(value) && value.length > 0 && value.every(isWireError)) {
    const words = value.map((item: WireError) => messageFor(catalogs, item.code, item.params, locale));
    return words.includes(null) ? null : words.join(SENTENCE_JOINER[locale]);
  }
  return value;
}
