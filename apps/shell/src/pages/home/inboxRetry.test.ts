import { describe, expect, it } from 'vitest';
import { askAgainAfter, INBOX_RETRY_DELAYS_MS } from './inboxRetry.ts';

const answered = { available: true };
const missing = { available: false };

describe('askAgainAfter', () => {
  it.each([
    ['every area answered', [answered, answered], 0, null],
    ['no areas at all', [], 0, null],
    ['an area missing, first retry', [answered, missing], 0, INBOX_RETRY_DELAYS_MS[0]],
    ['an area missing, second retry', [missing], 1, INBOX_RETRY_DELAYS_MS[1]],
    ['an area missing, last retry', [missing], 2, INBOX_RETRY_DELAYS_MS[2]],
    ['an area missing, retries spent', [missing], 3, null],
  ])('%s → %s', (_why, areas, retries, expected) => {
    expect(askAgainAfter(areas, retries)).toBe(expected);
  });
});
