import { describe, expect, it } from 'vitest';
import { passwordProblem } from './passwordProblem.ts';

describe('passwordProblem', () => {
  it('accepts 8 to 128 characters with letters and digits that do not contain the staff ID', () => {
    expect(passwordProblem('Hubin2027', 'HZ10101')).toBeNull();
    expect(passwordProblem(`a1${'x'.repeat(126)}`, 'HZ10101')).toBeNull();
  });

  it('names the first rule a password breaks, as the gateway would', () => {
    expect(passwordProblem('Ab1', 'HZ10101')).toBe('tooShort');
    expect(passwordProblem(`a1${'x'.repeat(127)}`, 'HZ10101')).toBe('tooLong');
    expect(passwordProblem('abcdefgh', 'HZ10101')).toBe('needsLettersAndDigits');
    expect(passwordProblem('12345678', 'HZ10101')).toBe('needsLettersAndDigits');
    expect(passwordProblem('my-hz10101-pw', 'HZ10101')).toBe('containsStaffNo');
  });

  it('leaves the staff ID check to the server when the staff ID is not known yet', () => {
    expect(passwordProblem('my-hz10101-pw', undefined)).toBeNull();
  });
});
