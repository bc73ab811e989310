// Errors as codes with parameters. A service throws `AppError`s made by an area's `defineErrors` factories; the
// wire carries the code and its parameters, and each client renders the message in its user's language from the
// same catalog. The Chinese text also travels as `message`, for logs and for callers that render nothing.

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
] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export type MessageParams = Readonly<Record<string, string | number>>;

/** One error of an area: its kind and its message in each language, with `{name}` placeholders. */
export interface ErrorDefinition {
  readonly kind: ErrorKind;
  readonly 'zh-CN': string;
  readonly en: string;
}

/** Fully qualified code (`inspection.planExists`) → definition; what clients register to render messages. */
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
  : [params: Record<PlaceholdersOf<D['zh-CN'] | D['en']>, string | number>, field?: string];

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

const definedCatalogs: ErrorCatalog[] = [];

/**
 * Every catalog `defineErrors` made in this JavaScript realm. A server uses it to put the Chinese text of a zod
 * schema's custom error code into its answer: the schema imports its area's errors, so they are defined by then.
 * Browsers register catalogs explicitly with the API client instead (remotes bring their own copy of this module).
 */
export const knownCatalogs = (): readonly ErrorCatalog[] => definedCatalogs;

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
    const factory = (params: MessageParams = {}, field?: string) =>
      new AppError(definition.kind, code, params, renderMessage(definition['zh-CN'], params), field);
    factories[key] = Object.assign(factory, { code });
  }
  definedCatalogs.push(catalog);
  return { ...factories, catalog } as DefinedErrors<Area, Defs>;
}
