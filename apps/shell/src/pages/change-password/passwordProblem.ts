/**
 * The gateway's password rules, checked while typing so most mistakes never reach the server. The server
 * checks again (it also knows the username) and its message is shown when it disagrees.
 */
export type PasswordProblem = 'tooShort' | 'tooLong' | 'needsLettersAndDigits' | 'containsStaffNo';

export const MIN_PASSWORD_LENGTH = 8;
export const MAX_PASSWORD_LENGTH = 128;

export function passwordProblem(password: string, staffNo: string | undefined): PasswordProblem | null {
  if (password.length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (password.length > MAX_PASSWORD_LENGTH) return 'tooLong';
  if (!/[A-Za-z]/.test(password) || !/\d/.test(password)) return 'needsLettersAndDigits';
  if (staffNo && password.toLowerCase().includes(staffNo.toLowerCase())) return 'containsStaffNo';
  return null;
}
