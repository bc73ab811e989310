import type { ErrorCatalog, Locale } from './errors.ts';
import { renderMessage } from './errors.ts';
import { isWireError } from './wire.ts';
import type { WireParams } from './wire.ts';
import { renderZodIssue, ZOD_CODE_PREFIX } from './zod-issues.ts';

/**
 * The message for a code in a locale: from the catalogs a client registered, or zod's renderer for `zod.*` codes;
 * null for an unknown code (the caller then shows the Chinese message the server sent). A parameter that is itself
 * an error (`detail` of `common.invalidField`) is rendered first, in the same locale.
 */
export function messageFor(
  catalogs: readonly ErrorCatalog[],
  code: string,
  params: WireParams,
  locale: Locale,
): string | null {
  const rendered: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    if (!isWireError(value)) rendered[name] = value;
    else {
      const inner = messageFor(catalogs, value.code, value.params, locale);
      if (inner === null) return null;
      rendered[name] = inner;
    }
  }
  if (code.startsWith(ZOD_CODE_PREFIX)) return renderZodIssue(code, params, locale);
  for (const catalog of catalogs) {
    const definition = catalog[code];
    if (definition) return renderMessage(definition[locale], rendered);
  }
  return null;
}
