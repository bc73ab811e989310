// The one JSON Schema validator configuration of the forms service (ADR 0022): ajv for draft 2020-12 with the
// formats of ajv-formats asserted. Templates are compiled with it when saved, submissions validated with it, and
// the JSON-Schema-Test-Suite runs against it (json-schema-conformance.test.ts).
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
import formatsPlugin from 'ajv-formats';

/**
 * Strict about the schema itself — an unknown keyword (a typo such as `maxlenght`) or an ignored one is a
 * refusal at save time, not a rule silently not applied — and every error of the data reported, so a refusal
 * names every wrong field at once.
 */
export const AJV_OPTIONS = {
  strictSchema: true,
  strictNumbers: true,
  // Type-less keywords (`minimum` without `type`) and open tuples are plain 2020-12: the standard's meaning holds.
  strictTypes: false,
  strictTuples: false,
  strictRequired: false,
  allErrors: true,
  // Compiling is the check of a template; one that cannot be compiled is refused with ajv's reason.
  validateSchema: true,
} as const satisfies Options;

// ajv-formats is published as CommonJS with `exports.default`; under Node's ESM loader the default import is
// the module object in some toolchains and the function in others.
const addFormats = ((formatsPlugin as unknown as { default?: typeof formatsPlugin }).default ??
  formatsPlugin) as typeof formatsPlugin;

/** A fresh validator with the service's configuration. */
export function createAjv(options: Options = {}): Ajv2020 {
  const ajv = new Ajv2020({ ...AJV_OPTIONS, ...options });
  addFormats(ajv);
  return ajv;
}
