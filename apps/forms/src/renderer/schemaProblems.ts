// Instant feedback from the template's own JSON Schema (2020-12). @cfworker/json-schema interprets the schema
// instead of compiling it to code, so it runs under the portal's `script-src 'self'` (ADR 0021); the service
// validates again with ajv and stays the authority.
import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';

/** What a value breaks, named after the JSON Schema keyword; `limit` is the keyword's number when it has one. */
export const PROBLEM_CODES = [
  'required',
  'type',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'uniqueItems',
  'enum',
  'const',
  'format',
  'pattern',
  'invalid',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface FieldProblem {
  /** Dotted path of the value (`plan.0.weight`), the same path the form items and the server's issues use. */
  path: string;
  code: ProblemCode;
  limit?: number;
}

// Keywords that only say a sub-schema failed; the sub-schema's own error names the real problem.
const APPLICATORS = new Set([
  'properties',
  'patternProperties',
  'additionalProperties',
  'unevaluatedProperties',
  'items',
  'prefixItems',
  'additionalItems',
  'unevaluatedItems',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  '$ref',
  '$recursiveRef',
  'dependentSchemas',
  'contains',
]);

const unescape = (token: string) => decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');

/** `#/plan/0/weight` → ['plan', '0', 'weight']. */
function pointerTokens(pointer: string): string[] {
  const bare = pointer.replace(/^#/, '');
  return bare === '' ? [] : bare.slice(1).split('/').map(unescape);
}

function at(root: unknown, tokens: string[]): unknown {
  let node = root;
  for (const token of tokens) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

const codeOf = (keyword: string): ProblemCode =>
  (PROBLEM_CODES as readonly string[]).includes(keyword) ? (keyword as ProblemCode) : 'invalid';

function problemsOf(error: OutputUnit, schema: Record<string, unknown>, values: unknown): FieldProblem[] {
  const instance = pointerTokens(error.instanceLocation);
  const keywordValue = at(schema, pointerTokens(error.keywordLocation));
  if (error.keyword === 'required') {
    // One error per missing property, reported on the object: move it onto the property itself.
    const holder = at(values, instance) as Record<string, unknown>;
    return (Array.isArray(keywordValue) ? (keywordValue as string[]) : [])
      .filter((key) => !Object.prototype.hasOwnProperty.call(holder, key))
      .map((key) => ({ path: [...instance, key].join('.'), code: 'required' as const }));
  }
  const code = codeOf(error.keyword);
  const problem: FieldProblem = { path: instance.join('.'), code };
  if (typeof keywordValue === 'number') problem.limit = keywordValue;
  return [problem];
}

/** Every problem of `values` against `schema`, one per path and code, in the schema's order. */
export function schemaProblems(schema: Record<string, unknown>, values: unknown): FieldProblem[] {
  const { errors } = new Validator(schema as Schema, '2020-12', false).validate(values);
  const seen = new Set<string>();
  return errors
    .filter((error) => !APPLICATORS.has(error.keyword))
    .flatMap((error) => problemsOf(error, schema, values))
    .filter((problem) => {
      const id = `${problem.path}|${problem.code}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    });
}
