// Free-form JSON under the text rule: any string inside is refused for a NUL or a lone surrogate, deep nesting is
// refused before the recursive schema runs, and plain JSON passes as it is.
import { describe, expect, it } from 'vitest';
import { nestingDepth, storableJson } from './json.ts';

describe('storableJson', () => {
  const json = storableJson(8);

  it('keeps plain JSON as it is', () => {
    const value = {
      rows: [{ topic: '迎检准备', weight: 40, done: true, note: null, left: undefined }],
      total: 40,
    };
    expect(json.parse(value)).toEqual(value);
  });

  it('refuses a bad string at any depth, a non-finite number and nesting past the limit', () => {
    expect(json.safeParse({ rows: [{ topic: 'a\u0000b' }] }).success).toBe(false);
    expect(json.safeParse({ ['k\ud800']: 1 }).success).toBe(false);
    expect(json.safeParse({ n: Number.POSITIVE_INFINITY }).success).toBe(false);
    let deep: unknown = 'leaf';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const refused = json.safeParse(deep);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.message).toBe('common.invalidInput');
  });

  it('counts nesting without recursion and stops past the limit', () => {
    expect(nestingDepth({ a: [{ b: 1 }] }, 10)).toBe(3);
    expect(nestingDepth('flat', 10)).toBe(0);
  });
});
