import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { commonErrors } from './common-errors.ts';
import { messageFor } from './errors.ts';
import { comparedText, isStorableText, text } from './text.ts';

const issuesOf = (schema: z.ZodType, input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map(({ path, message }) => ({ path, message }));
};

describe('text(): what PostgreSQL can store', () => {
  it('accepts Chinese, emoji (a surrogate pair) and ordinary punctuation', () => {
    expect(isStorableText('湖滨营业厅 😀 A-07 “服务”')).toBe(true);
  });

  it.each([
    ['a NUL', 'a\u0000b'],
    ['a lone high surrogate', 'a\uD800b'],
    ['a high surrogate at the end', 'ab\uDBFF'],
    ['a lone low surrogate', '\uDC00ab'],
    ['a pair in the wrong order', '\uDE00\uD83D'],
  ])('refuses %s with the catalog code and the field path', (_, value) => {
    const schema = z.object({ sections: z.array(z.object({ name: text().trim().min(1).max(40) })) });
    expect(issuesOf(schema, { sections: [{ name: value }] })).toEqual([
      { path: ['sections', 0, 'name'], message: commonErrors.invalidCharacters.code },
    ]);
  });

  it('reports only the character rule, not the checks chained after it', () => {
    expect(issuesOf(text().trim().min(5), '\u0000')).toEqual([
      { path: [], message: commonErrors.invalidCharacters.code },
    ]);
  });

  it('keeps the limits and trimming chained after it', () => {
    expect(text().trim().max(3).parse('  abc ')).toBe('abc');
    expect(issuesOf(text().max(3), 'abcd')).toHaveLength(1);
  });

  it('words the refusal in both languages', () => {
    expect(messageFor([commonErrors.catalog], commonErrors.invalidCharacters.code, {}, 'zh-CN')).toBe(
      '含有无法保存的字符（空字符或不完整的 Unicode 字符）',
    );
    expect(messageFor([commonErrors.catalog], commonErrors.invalidCharacters.code, {}, 'en')).toMatch(
      /cannot be stored/,
    );
  });
});

describe('comparedText(): one spelling per name', () => {
  it('normalises to NFC, so a decomposed accent equals the composed one', () => {
    expect(comparedText().parse('Jose\u0301')).toBe('Jos\u00e9');
  });

  it('refuses what text() refuses', () => {
    expect(issuesOf(comparedText(), 'a\u0000')).toEqual([
      { path: [], message: commonErrors.invalidCharacters.code },
    ]);
  });
});
