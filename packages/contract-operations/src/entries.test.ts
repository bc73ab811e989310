import { describe, expect, it } from 'vitest';
import { entryInputs } from './entries.ts';
import { operationsErrors } from './errors.ts';

describe('entry inputs', () => {
  it('trims a title and refuses an empty one with the area code', () => {
    const orgNodeId = '00000000-0000-4000-8000-000000000001';
    expect(entryInputs.create.parse({ orgNodeId, title: '  First  ' }).title).toBe('First');
    const result = entryInputs.create.safeParse({ orgNodeId, title: '   ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(operationsErrors.titleRequired.code);
  });

  it('pages with the kit defaults', () => {
    expect(entryInputs.list.parse({})).toMatchObject({ page: 1 });
  });
});
