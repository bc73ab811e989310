// Free-form JSON a person sends (a form's answers, a form's JSON Schema) held to the same rules as any text
// field: every string passes `text()` (no NUL, no lone surrogate), numbers are finite, and nesting deeper than
// `maxDepth` is refused before the recursive schema runs, so hostile input cannot exhaust the stack.
import { z } from 'zod';
import { commonErrors } from './common-errors.ts';
import { text } from './text.ts';

/** The depth of nested arrays and objects, walked without recursion. Stops counting past `limit`. */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

export type StorableJson =
  string | number | boolean | null | StorableJson[] | { [key: string]: StorableJson };

// zod infers the object branch as a Record, which TypeScript will not equate with the recursive alias.
const jsonValue = z.lazy(() =>
  z.union([
    text().max(100_000),
    z.number().finite(),
    z.boolean(),
    z.null(),
    z.array(jsonValue).max(10_000),
    z.record(text().max(200), jsonValue.optional()),
  ]),
) as unknown as z.ZodType<StorableJson>;

/** Any JSON value under the text rule, at most `maxDepth` levels deep. */
export const storableJson = (maxDepth = 32) =>
  z
    .unknown()
    .refine((value) => nestingDepth(value, maxDepth) <= maxDepth, {
      error: commonErrors.invalidInput.code,
      abort: true,
    })
    .pipe(jsonValue);
