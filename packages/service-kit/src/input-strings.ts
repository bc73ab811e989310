// Which text fields of a router's inputs skip the shared string rule (`text()` of @duda/contract-kit), so a
// test can require it of every procedure, including those of areas still to come.
import { isStorableText } from '@duda/contract-kit';
import type { AnyRouter } from '@trpc/server';

interface SchemaDef {
  type: string;
  [key: string]: unknown;
}

const defOf = (schema: unknown): SchemaDef | null =>
  (schema as { _zod?: { def?: SchemaDef } } | null)?._zod?.def ?? null;

/** Wrappers whose inner schema is what the input holds. */
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

const guarded = (def: SchemaDef) =>
  // A string format (uuid, email…) refuses both characters by its own pattern.
  typeof def.format === 'string' ||
  ((def.checks as { _zod: { def: { fn?: unknown } } }[] | undefined) ?? []).some(
    (check) => check._zod.def.fn === isStorableText,
  );

/** Dotted paths of the strings in a zod schema without the rule, and of free-form values (`unknown`, `any`). */
export function unguardedStrings(schema: unknown, path = '', seen = new Set<unknown>()): string[] {
  const def = defOf(schema);
  // Each schema is walked once: a recursive one (`z.lazy`) ends, a shared one is reported where first met.
  if (!def || seen.has(schema)) return [];
  seen.add(schema);
  const walk = (inner: unknown, innerPath = path) => unguardedStrings(inner, innerPath, seen);
  if (WRAPPERS.has(def.type)) return walk(def.innerType, path);
  switch (def.type) {
    case 'string':
      return guarded(def) ? [] : [path];
    case 'unknown':
    case 'any':
      return [`${path} (free-form)`];
    case 'object':
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, field]) =>
        walk(field, join(path, key)),
      );
    case 'array':
      return walk(def.element, join(path, '*'));
    case 'record':
      return [...walk(def.keyType, join(path, '(key)')), ...walk(def.valueType, join(path, '*'))];
    case 'union':
      return [...new Set((def.options as unknown[]).flatMap((option) => walk(option, path)))];
    case 'intersection':
      return [...walk(def.left, path), ...walk(def.right, path)];
    case 'tuple':
      return [
        ...(def.items as unknown[]).flatMap((item, index) => walk(item, join(path, index))),
        ...walk(def.rest, join(path, '*')),
      ];
    case 'pipe': {
      // A value must pass both sides: when the output side is a schema (not a transform), it holds the shape —
      // a free-form input checked for depth first, then parsed into a structure, is as guarded as that structure.
      const out = defOf(def.out);
      return out && out.type !== 'transform' ? walk(def.out, path) : walk(def.in, path);
    }
    case 'lazy':
      return walk((def.getter as () => unknown)());
    default:
      return [];
  }
}

/** `procedure: field` for every text field of every procedure's input that skips the rule. */
export function unguardedInputStrings(appRouter: AnyRouter): string[] {
  return Object.entries(appRouter._def.procedures as Record<string, { _def: { inputs: unknown[] } }>).flatMap(
    ([name, procedure]) =>
      procedure._def.inputs.flatMap((input) =>
        unguardedStrings(input).map((field) => `${name}: ${field || '(input)'}`),
      ),
  );
}
