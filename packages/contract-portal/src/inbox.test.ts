import { describe, expect, it } from 'vitest';
import { inboxInputs, INBOX_LIMIT_MAX } from './inbox.ts';

describe('inbox inputs', () => {
  it('asks for a screenful by default, at least one and at most the page maximum', () => {
    expect(inboxInputs.mine.parse({})).toEqual({ limit: 30 });
    expect(inboxInputs.mine.safeParse({ limit: 0 }).success).toBe(false);
    expect(inboxInputs.mine.safeParse({ limit: INBOX_LIMIT_MAX + 1 }).success).toBe(false);
  });
});
