// Values an attacker or a careless client sends, and a valid-shaped input with one of them put somewhere in
// it: in place of the whole input or of any value inside it, as an extra key, or with a key left out.
import fc from 'fast-check';

/**
 * Keys that mean something to JavaScript objects. superjson refuses to send them, so values hold them under a
 * placeholder (`protoKey('__proto__')`) that `toWire` turns into the real key in the JSON text.
 */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype'] as const;
/** Marks what `toWire` writes into the JSON text itself. */
export const PLACEHOLDER_MARK = '\u0007';
export const protoKey = (key: (typeof PROTOTYPE_KEYS)[number]) => `${PLACEHOLDER_MARK}${key}`;

/** How the input travels: in a GET's URL (which Node caps at 16 kB) or in a POST body (1 MiB at most). */
export type Transport = 'query' | 'mutation';

/**
 * Objects or arrays nested `depth` deep, as a placeholder `toWire` expands in the JSON text: superjson's own
 * walk would overflow the test's stack before the gateway ever saw them.
 */
export const deeplyNested = (shape: 'object' | 'array', depth: number) =>
  `${PLACEHOLDER_MARK}deep:${shape}:${depth}`;

const HOSTILE_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uDBFF\uDBFF',
  '',
  '   ',
  '\u202Eevil',
  'e\u0301\u0301\u0301',
  '\r\n\t',
  "'; DROP TABLE x; --",
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '%00%ff',
  '0',
  'NaN',
  'undefined',
  '1e309',
  '2026-13-45',
  '9999-99',
  '00000000-0000-0000-0000-000000000000',
];

const HOSTILE_NUMBERS = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  0.5,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  -(2 ** 53),
  Number.MAX_SAFE_INTEGER,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  1e308,
];

const WRONG_TYPES = [
  null,
  undefined,
  true,
  false,
  [],
  {},
  [[]],
  [1, 'two', null],
  10n ** 30n,
  -1n,
  new Date(Number.NaN),
  new Date(8.64e15),
  new Date(-8.64e15),
];

const PROTOTYPE_OBJECTS = [
  { [protoKey('__proto__')]: { isAdmin: true } },
  { [protoKey('constructor')]: { [protoKey('prototype')]: { isAdmin: true } } },
  { [protoKey('prototype')]: { isAdmin: true } },
];

/** Long strings: 1 MB in a body (just under the body limit, so it reaches the schema), 10 kB in a URL. */
const longStrings = (transport: Transport) =>
  transport === 'mutation' ? ['a'.repeat(1_000_000), '测'.repeat(300_000)] : ['a'.repeat(10_000)];

/** Nesting deep enough to exhaust any recursive walker, within the body limit and the URL limit. */
const deepValues = (transport: Transport) => {
  const depth = transport === 'mutation' ? 100_000 : 1_000;
  return [deeplyNested('object', depth), deeplyNested('array', depth)];
};

/** One hostile value. */
export const hostileValue = (transport: Transport): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
    { weight: 3, arbitrary: fc.constantFrom(...WRONG_TYPES) },
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_OBJECTS) },
    { weight: 1, arbitrary: fc.constantFrom(...longStrings(transport)) },
    { weight: 1, arbitrary: fc.constantFrom(...deepValues(transport)) },
  );

type Step = string | number;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

/** Paths to every value inside `value`, the whole of it first. */
export function positionsIn(value: unknown, path: Step[] = []): Step[][] {
  const inside = Array.isArray(value)
    ? value.flatMap((item, index) => positionsIn(item, [...path, index]))
    : isObject(value)
      ? Object.entries(value).flatMap(([key, item]) => positionsIn(item, [...path, key]))
      : [];
  return [path, ...inside];
}

const valueAt = (value: unknown, path: Step[]): unknown =>
  path.reduce<unknown>((inner, step) => (inner as Record<Step, unknown>)[step], value);

/** `value` with `change` applied at `path`, copying what lies on the way (generated values may be shared). */
function changeAt(value: unknown, path: Step[], change: (inner: unknown) => unknown): unknown {
  if (path.length === 0) return change(value);
  const [step, ...rest] = path as [Step, ...Step[]];
  const copy = Array.isArray(value) ? [...value] : { ...(value as Record<string, unknown>) };
  (copy as Record<Step, unknown>)[step] = changeAt((value as Record<Step, unknown>)[step], rest, change);
  return copy;
}

const EXTRA_KEYS = [...PROTOTYPE_KEYS.map(protoKey), 'extra', 'isAdmin', ''];

export type Mutation = 'replace' | 'extraKey' | 'dropKey';

/** `valid` with one hostile change: `pick` chooses where among the places the mutation applies to. */
export function mutate(
  valid: unknown,
  how: Mutation,
  pick: number,
  hostile: unknown,
  extraKey: string,
): unknown {
  const everywhere = positionsIn(valid);
  const objects = everywhere.filter((path) => isObject(valueAt(valid, path)));
  const keyed = objects.filter((path) => Object.keys(valueAt(valid, path) as object).length > 0);
  if (how === 'extraKey' && objects.length) {
    const path = objects[pick % objects.length]!;
    return changeAt(valid, path, (inner) => ({ ...(inner as object), [extraKey]: hostile }));
  }
  if (how === 'dropKey' && keyed.length) {
    const path = keyed[pick % keyed.length]!;
    return changeAt(valid, path, (inner) => {
      const keys = Object.keys(inner as object);
      const { [keys[pick % keys.length]!]: _dropped, ...kept } = inner as Record<string, unknown>;
      return kept;
    });
  }
  return changeAt(valid, everywhere[pick % everywhere.length]!, () => hostile);
}

/** Inputs shaped by `valid`, each with one hostile change somewhere. */
export const withHostile = (valid: fc.Arbitrary<unknown>, transport: Transport): fc.Arbitrary<unknown> =>
  fc
    .tuple(
      valid,
      fc.constantFrom<Mutation>('replace', 'replace', 'replace', 'extraKey', 'dropKey'),
      fc.nat(),
      hostileValue(transport),
      fc.constantFrom(...EXTRA_KEYS),
    )
    .map(([value, how, pick, hostile, key]) => mutate(value, how, pick, hostile, key));
