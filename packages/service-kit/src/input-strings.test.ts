import { comparedText, text } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { unguardedInputStrings, unguardedStrings } from './input-strings.ts';
import { publicProcedure, router } from './trpc.ts';
import { z } from './zod.ts';

describe('unguardedStrings', () => {
  it('finds a plain string however deep, and free-form values', () => {
    const schema = z.object({
      title: text().max(10),
      name: comparedText().nullish(),
      id: z.uuid(),
      sections: z.array(z.object({ code: z.string().optional(), note: text() })).max(3),
      command: z.discriminatedUnion('type', [
        z.object({ type: z.literal('A'), comment: z.string() }),
        z.object({ type: z.literal('B') }),
      ]),
      extra: z.record(z.string(), z.unknown()),
      tags: z.tuple([text(), z.string().default('')]),
    });
    expect(unguardedStrings(schema)).toEqual([
      'sections.*.code',
      'command.comment',
      'extra.(key)',
      'extra.* (free-form)',
      'tags.1',
    ]);
  });

  it('reads a pipe by its output schema, or by its input when the output is a transform', () => {
    const checkedThenParsed = z.unknown().pipe(z.object({ body: text(), note: z.string() }));
    expect(unguardedStrings(checkedThenParsed)).toEqual(['note']);
    const transformed = z.string().pipe(z.transform((value) => value.length));
    expect(unguardedStrings(transformed)).toEqual(['']);
  });

  it('walks a recursive schema once', () => {
    const node: z.ZodType = z.lazy(() => z.object({ label: z.string(), children: z.array(node) }));
    expect(unguardedStrings(node)).toEqual(['label']);
  });
});

describe('unguardedInputStrings', () => {
  it('names the procedure and the field', () => {
    const appRouter = router({
      plans: router({
        create: publicProcedure.input(z.object({ title: z.string() })).mutation(() => null),
        rename: publicProcedure.input(z.object({ title: text() })).mutation(() => null),
      }),
      search: publicProcedure.input(z.string()).query(() => null),
    });
    expect(unguardedInputStrings(appRouter)).toEqual(['plans.create: title', 'search: (input)']);
  });
});
