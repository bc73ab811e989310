import { z } from '@duda/service-kit';
import fc from 'fast-check';
import superjson from 'superjson';
import { describe, expect, it } from 'vitest';
import { mutate, positionsIn, protoKey, withHostile } from './hostile.ts';
import { arbitraryOf } from './zod-arbitrary.ts';

const valid = { id: 'x', entries: [{ hallId: 'h', inspectorIds: ['p'] }] };

describe('hostile inputs', () => {
  it('finds every place in a value, the whole of it first', () => {
    expect(positionsIn(valid)).toEqual([
      [],
      ['id'],
      ['entries'],
      ['entries', 0],
      ['entries', 0, 'hallId'],
      ['entries', 0, 'inspectorIds'],
      ['entries', 0, 'inspectorIds', 0],
    ]);
  });

  it('replaces one value anywhere, and leaves the valid value as it was', () => {
    expect(mutate(valid, 'replace', 4, '\u0000', 'extra')).toEqual({
      id: 'x',
      entries: [{ hallId: '\u0000', inspectorIds: ['p'] }],
    });
    expect(mutate(valid, 'replace', 0, null, 'extra')).toBeNull();
    expect(valid.entries[0]!.hallId).toBe('h');
  });

  it('adds a key to an object inside, or leaves one out', () => {
    expect(mutate(valid, 'extraKey', 1, 1, protoKey('__proto__'))).toEqual({
      id: 'x',
      entries: [{ hallId: 'h', inspectorIds: ['p'], [protoKey('__proto__')]: 1 }],
    });
    expect(mutate(valid, 'dropKey', 0, 1, 'extra')).toEqual({ entries: valid.entries });
  });

  it('makes inputs the schema refuses, of every kind of hostility', () => {
    const schema = z.object({ title: z.string().max(10), count: z.number().int().min(0).max(5) });
    const inputs = fc.sample(withHostile(arbitraryOf(schema), 'mutation'), { seed: 7, numRuns: 400 });
    const refused = inputs.filter((input) => !schema.safeParse(input).success);
    // An extra key is stripped and some strings fit the field: most, not all, are refused.
    expect(refused.length).toBeGreaterThan(inputs.length / 2);
    const texts = inputs.map((input) => JSON.stringify(superjson.serialize(input)));
    for (const sign of [
      '\\u0000',
      '\\ud800',
      '"NaN"',
      '"-Infinity"',
      '"-0"',
      '"bigint"',
      'null',
      '\\u0007__proto__',
      'deep:object',
    ])
      expect(
        texts.some((text) => text.includes(sign)),
        sign,
      ).toBe(true);
  });
});
