// What an error looks like on the wire, between the service kit's formatter and the API client.

/**
 * A parameter: a name, a number, a list (zod's allowed values), or a term or error worded first in the same
 * language (a status, a month), or a list of those (the reasons a month cannot be archived).
 */
export type WireParam =
  | string
  | number
  | boolean
  | null
  | readonly (string | number | boolean | null)[]
  | WireError
  | readonly WireError[];

export type WireParams = Readonly<Record<string, WireParam>>;

/** An error as a code and its parameters: `common.notFound`, `org.wrongPassword` {remaining}, `zod.too_small`… */
export interface WireError {
  readonly code: string;
  readonly params: WireParams;
}

/** Bad input at one field: the code and parameters, and the zh-CN message for callers that render nothing. */
export interface WireFieldError extends WireError {
  /** Dotted path of the input field, e.g. `results.A07.outcome`. */
  readonly path: string;
  readonly message: string;
}

export const isWireError = (value: unknown): value is WireError =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as WireError).code === 'string' &&
  typeof (value as WireError).params === 'object' &&
  (value as WireError).params !== null;
