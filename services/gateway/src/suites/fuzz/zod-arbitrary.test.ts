import { comparedText, text, z } from '@duda/service-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryOf } from './zod-arbitrary.ts';

const sample = (schema: z.ZodType, options = {}) =>
  fc.sample(arbitraryOf(schema, options), { seed: 20261201, numRuns: 300 });

/** Every generated value is accepted by the schema it came from. */
function expectAllValid(schema: z.ZodType) {
  const refused = sample(schema).filter((value) => !schema.safeParse(value).success);
  expect(refused).toEqual([]);
}

describe('arbitraryOf a zod 4 schema', () => {
  it.each([
    ['a text field with bounds', text().min(2).max(5)],
    ['a compared text field', comparedText().max(50)],
    ['a fixed length', z.string().length(3)],
    ['a prefix and a suffix', z.string().startsWith('HZ').endsWith('!').max(8)],
    ['a pattern', text().regex(/^[A-Z0-9-]{2,30}$/)],
    ['a uuid', z.uuid()],
    ['an ISO date-time', z.iso.datetime()],
    ['an int with bounds', z.number().int().min(0).max(100)],
    ['an unbounded int', z.number().int()],
    ['a positive number with a bound', z.number().positive().max(20)],
    ['an exclusive range', z.number().gt(1).lt(2)],
    ['a finite number', z.number()],
    ['a boolean', z.boolean()],
    ['a date with bounds', z.date().min(new Date('2020-01-01')).max(new Date('2030-01-01'))],
    ['an enum', z.enum(['DAILY', 'MYSTERY'])],
    ['a literal', z.literal(7)],
    ['an array with bounds', z.array(z.number().int()).min(1).max(3)],
    ['a tuple', z.tuple([z.string(), z.boolean()])],
    ['a record', z.record(z.string(), z.number())],
    ['a union', z.union([z.enum(['PASS', 'FAIL']), z.number()])],
    [
      'a discriminated union',
      z.discriminatedUnion('type', [
        z.object({ type: z.literal('SUBMIT') }),
        z.object({ type: z.literal('REJECT'), comment: z.string().max(5) }),
      ]),
    ],
    ['an intersection', z.intersection(z.object({ a: z.string() }), z.object({ b: z.number() }))],
    [
      'optional, nullable and defaults',
      z.object({ a: z.string().optional(), b: z.number().nullish(), c: z.boolean().default(true) }),
    ],
    ['a pipe', z.string().max(3).pipe(z.string())],
  ])('generates only valid values for %s', (_name, schema) => {
    expectAllValid(schema as z.ZodType);
  });

  it('leaves optional keys out sometimes, and never a required one', () => {
    const schema = z.object({
      required: z.string(),
      maybe: z.string().optional(),
      filled: z.number().default(1),
    });
    const values = sample(schema) as Record<string, unknown>[];
    expect(values.every((value) => 'required' in value)).toBe(true);
    expect(values.some((value) => !('maybe' in value))).toBe(true);
    expect(values.some((value) => !('filled' in value))).toBe(true);
  });

  it('puts the ids given for a field into it, and random ones too', () => {
    const hall = '0d6f4a8e-2b1c-4c3d-9e8f-1a2b3c4d5e6f';
    const inspector = '5f1c1a9e-3b2d-4e4f-8a9b-0c1d2e3f4a5b';
    const schema = z.object({ hallId: z.uuid(), inspectorIds: z.array(z.uuid()).min(1) });
    const ids = (path: readonly string[]) => (path.join('.') === 'hallId' ? [hall] : [inspector]);
    const values = sample(schema, { ids }) as { hallId: string; inspectorIds: string[] }[];
    expect(values.map((value) => value.hallId)).toContain(hall);
    expect(values.some((value) => value.hallId !== hall)).toBe(true);
    expect(values.flatMap((value) => value.inspectorIds)).toContain(inspector);
    expect(values.flatMap((value) => value.inspectorIds)).not.toContain(hall);
  });

  it('reaches the bounds of a number range, and nothing past them', () => {
    const values = sample(z.number().int().min(0).max(100)) as number[];
    expect(Math.min(...values)).toBe(0);
    expect(Math.max(...values)).toBe(100);
  });

  it('stops following a recursive schema', () => {
    type Node = { children?: Node[] };
    const node: z.ZodType<Node> = z.lazy(() => z.object({ children: z.array(node).optional() }));
    expect(sample(node)).toHaveLength(300);
  });
});
