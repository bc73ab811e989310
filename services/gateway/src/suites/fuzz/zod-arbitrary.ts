// fast-check arbitraries derived from zod 4 schemas: values shaped as the schema asks (types, lengths, bounds,
// patterns, enums), so fuzzed inputs get past the first check and reach the handlers. No published library
// derives them from zod 4 (zod-fast-check stops at zod 3), hence this walker over `schema._zod.def`.
// Refinements are not solved: a value may still be refused (a date that matches the pattern but does not
// exist); that is a refusal the fuzzing suite checks like any other.
import fc from 'fast-check';
import { PROTOTYPE_KEYS } from './hostile.ts';

/** Where a value sits in the input: object keys, `*` for any item of an array or record. */
export type FieldPath = readonly string[];

export interface ArbitraryOptions {
  /** Ids that exist for the uuid field at a path, mixed with random ones so inputs reach past "not found". */
  ids?: (path: FieldPath) => readonly string[];
  /** Longest array generated beyond its minimum (inputs allow hundreds; a few reach the same code). */
  maxExtraItems?: number;
  /** Longest string generated beyond its minimum, unless the schema caps it lower. */
  maxExtraLength?: number;
}

interface CheckDef {
  check: string;
  [key: string]: unknown;
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  [key: string]: unknown;
}

type Schema = { _zod: { def: Def; optin?: 'optional' | 'defaulted' } };

/** Lazy schemas are followed this deep, then left out. */
const MAX_LAZY_DEPTH = 3;

const defOf = (schema: unknown): Def => (schema as Schema)._zod.def;
const checksOf = (def: Def): CheckDef[] => (def.checks ?? []).map((check) => check._zod.def);
const findCheck = (def: Def, name: string) => checksOf(def).find((check) => check.check === name);

/** Whether an object may leave the key out: optional, or filled in by a default. */
const mayBeAbsent = (schema: unknown) => (schema as Schema)._zod.optin !== undefined;

interface Bounds {
  min: number | undefined;
  max: number | undefined;
  minExcluded: boolean;
  maxExcluded: boolean;
}

function boundsOf(def: Def): Bounds {
  const bounds: Bounds = { min: undefined, max: undefined, minExcluded: false, maxExcluded: false };
  for (const check of checksOf(def)) {
    const value = check.value instanceof Date ? check.value.getTime() : (check.value as number);
    if (check.check === 'greater_than' && (bounds.min === undefined || value >= bounds.min)) {
      bounds.min = value;
      bounds.minExcluded = !check.inclusive;
    }
    if (check.check === 'less_than' && (bounds.max === undefined || value <= bounds.max)) {
      bounds.max = value;
      bounds.maxExcluded = !check.inclusive;
    }
  }
  return bounds;
}

function lengthOf(def: Def, maxExtra: number) {
  const exact = findCheck(def, 'length_equals')?.length as number | undefined;
  if (exact !== undefined) return { minLength: exact, maxLength: exact };
  const minLength = (findCheck(def, 'min_length')?.minimum as number | undefined) ?? 0;
  const declared = findCheck(def, 'max_length')?.maximum as number | undefined;
  return { minLength, maxLength: Math.min(declared ?? Infinity, minLength + maxExtra) };
}

const INT_FORMATS: Record<string, [number, number]> = {
  safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
  int32: [-(2 ** 31), 2 ** 31 - 1],
  uint32: [0, 2 ** 32 - 1],
};

function numberArbitrary(def: Def): fc.Arbitrary<number> {
  const { min, max, minExcluded, maxExcluded } = boundsOf(def);
  const format = findCheck(def, 'number_format')?.format as string | undefined;
  const range = format ? INT_FORMATS[format] : undefined;
  if (range) {
    const low = min === undefined ? range[0] : Math.ceil(minExcluded ? min + 1 : min);
    const high = max === undefined ? range[1] : Math.floor(maxExcluded ? max - 1 : max);
    return fc.integer({ min: Math.max(low, range[0]), max: Math.min(high, range[1]) });
  }
  return fc.double({
    min: min ?? -Number.MAX_VALUE,
    max: max ?? Number.MAX_VALUE,
    minExcluded,
    maxExcluded,
    noNaN: true,
    noDefaultInfinity: true,
  });
}

/** Strings matching a pattern, or null for one fast-check cannot generate from (look-arounds). */
function matching(pattern: RegExp): fc.Arbitrary<string> | null {
  try {
    return fc.stringMatching(pattern);
  } catch {
    return null;
  }
}

const stringFormat = (def: Def, format: string) =>
  checksOf(def).find((check) => check.check === 'string_format' && check.format === format);

function stringArbitrary(
  def: Def,
  options: Required<ArbitraryOptions>,
  path: FieldPath,
): fc.Arbitrary<string> {
  if (def.format === 'uuid' || def.format === 'guid') {
    const random = fc.uuid();
    const known = options.ids(path);
    return known.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, random) : random;
  }
  // A format (email, datetime…) or a regex check: strings of its pattern.
  const pattern = def.pattern ?? stringFormat(def, 'regex')?.pattern;
  const patterned = pattern instanceof RegExp ? matching(pattern) : null;
  if (patterned) return patterned;
  const { minLength, maxLength } = lengthOf(def, options.maxExtraLength);
  const prefix = (stringFormat(def, 'starts_with')?.prefix as string | undefined) ?? '';
  const suffix = (stringFormat(def, 'ends_with')?.suffix as string | undefined) ?? '';
  // zod counts a string's length in code points (an emoji is one), as PostgreSQL counts characters.
  const room = Math.max(0, maxLength - prefix.length - suffix.length);
  const least = Math.max(0, minLength - prefix.length - suffix.length);
  // Mostly plain text, some of it anywhere in Unicode (Chinese, combining marks, emoji); never a lone
  // surrogate: those are hostile values, sent separately.
  const body = (unit: 'grapheme' | 'grapheme-ascii') =>
    fc.string({ unit, minLength: least, maxLength: room });
  return fc.oneof(body('grapheme-ascii'), body('grapheme')).map((value) => {
    const fitted = [...value].slice(0, room);
    return `${prefix}${fitted.join('')}${'x'.repeat(Math.max(0, least - fitted.length))}${suffix}`;
  });
}

/** An arbitrary of values shaped as `schema` asks. */
export function arbitraryOf(schema: unknown, options: ArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const settings: Required<ArbitraryOptions> = {
    ids: options.ids ?? (() => []),
    maxExtraItems: options.maxExtraItems ?? 3,
    maxExtraLength: options.maxExtraLength ?? 30,
  };
  return walk(schema, settings, [], 0);
}

function walk(
  schema: unknown,
  options: Required<ArbitraryOptions>,
  path: FieldPath,
  lazyDepth: number,
): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  const inner = (next: unknown, step?: string) =>
    walk(next, options, step ? [...path, step] : path, lazyDepth);
  switch (def.type) {
    case 'string':
      return stringArbitrary(def, options, path);
    case 'number':
      return numberArbitrary(def);
    case 'int':
      return numberArbitrary(def);
    case 'bigint':
      return fc.bigInt();
    case 'boolean':
      return fc.boolean();
    case 'date': {
      const { min, max } = boundsOf(def);
      return fc.date({
        noInvalidDate: true,
        ...(min === undefined ? {} : { min: new Date(min) }),
        ...(max === undefined ? {} : { max: new Date(max) }),
      });
    }
    case 'null':
      return fc.constant(null);
    case 'undefined':
    case 'void':
      return fc.constant(undefined);
    case 'nan':
      return fc.constant(Number.NaN);
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, unknown>));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 });
    case 'nullable':
      return fc.option(inner(def.innerType), { nil: null, freq: 4 });
    case 'nonoptional':
    case 'readonly':
    case 'catch':
      return inner(def.innerType);
    case 'pipe':
      return inner(def.in);
    case 'lazy':
      return lazyDepth >= MAX_LAZY_DEPTH
        ? fc.constant(undefined)
        : walk((def.getter as () => unknown)(), options, path, lazyDepth + 1);
    case 'array':
      return fc.array(inner(def.element, '*'), lengthOf(def, options.maxExtraItems));
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map((item) => inner(item, '*')));
    case 'object': {
      const shape = def.shape as Record<string, unknown>;
      const model = Object.fromEntries(Object.entries(shape).map(([key, field]) => [key, inner(field, key)]));
      const requiredKeys = Object.keys(shape).filter((key) => !mayBeAbsent(shape[key]));
      return fc.record(model, { requiredKeys });
    }
    case 'record':
      return fc.dictionary(
        (inner(def.keyType) as fc.Arbitrary<string>).filter((key) => !PROTOTYPE_KEYS.includes(key as never)),
        inner(def.valueType, '*'),
        { maxKeys: options.maxExtraItems },
      );
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((option) => inner(option)));
    case 'intersection':
      return fc
        .tuple(inner(def.left), inner(def.right))
        .map(([left, right]) => (isPlainObject(left) && isPlainObject(right) ? { ...left, ...right } : left));
    default:
      // Free-form values (`unknown`, `any`) and what JSON cannot carry (`instanceof`, functions): any JSON.
      return fc.jsonValue({ maxDepth: 2 }).filter((value) => !hasPrototypeKey(value));
  }
}

/**
 * fast-check likes `__proto__` and `constructor` as keys; a valid input never carries them (the hostile round
 * sends them on purpose, as placeholders the wire turns into real keys) and superjson refuses to serialise them.
 */
function hasPrototypeKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return Object.getOwnPropertyNames(value).some(
    (key) =>
      PROTOTYPE_KEYS.includes(key as never) || hasPrototypeKey((value as Record<string, unknown>)[key]),
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
