import { beforeEach, describe, expect, it } from 'vitest';
import { createStartKeys } from './startKeys.ts';

describe('createStartKeys', () => {
  beforeEach(() => localStorage.clear());

  it('gives the same key for the same task until the start is forgotten', () => {
    let n = 0;
    const keys = createStartKeys(localStorage, () => `key-${++n}`);
    const daily = { type: 'daily', hallId: 'hall-1' } as const;
    expect(keys.keyFor(daily)).toBe('key-1');
    expect(createStartKeys(localStorage, () => 'other').keyFor(daily)).toBe('key-1');
    keys.forget(daily);
    expect(keys.keyFor(daily)).toBe('key-2');
  });

  it('keeps tasks apart', () => {
    let n = 0;
    const keys = createStartKeys(localStorage, () => `key-${++n}`);
    expect(keys.keyFor({ type: 'entry', entryId: 'e1', kind: 'MONTHLY_VISIT' })).toBe('key-1');
    expect(keys.keyFor({ type: 'entry', entryId: 'e1', kind: 'SELF_CHECK' })).toBe('key-2');
    expect(keys.keyFor({ type: 'adhoc', hallId: 'h1', kind: 'MYSTERY', templateId: 't1' })).toBe('key-3');
  });
});
