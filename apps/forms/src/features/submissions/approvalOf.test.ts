import { describe, expect, it } from 'vitest';
import { approvalIdOf } from './approvalOf.ts';

describe('approvalIdOf', () => {
  it("prefers the submission's own approval, else the link's", () => {
    expect(approvalIdOf({ approvalId: 'a1' }, { approval: 'a2' })).toBe('a1');
    expect(approvalIdOf({ approvalId: null }, { approval: 'a2' })).toBe('a2');
    expect(approvalIdOf(undefined, {})).toBeNull();
    expect(approvalIdOf({}, { approval: ['x'] })).toBeNull();
  });
});
