// The contract's refusals (validateQuestion's, the schema's codes) worded in the portal language on the page, as
// the service words them.
import { isAppError, messageFor, type Locale } from '@duda/contract-kit';
import { trainingCatalogs } from '@duda/contract-training';

const localeOf = (locale: string): Locale => (locale === 'en' ? 'en' : 'zh-CN');

/** A code with parameters in a locale; the code itself when no catalog knows it. */
export const wordCode = (locale: string, code: string, params: Record<string, unknown> = {}) =>
  messageFor(trainingCatalogs, code, params as never, localeOf(locale)) ?? code;

/** What the editor says of a refusal thrown on the page (an AppError) or anything else. */
export function refusalText(locale: string, error: unknown): string {
  if (isAppError(error)) return wordCode(locale, error.code, error.params as Record<string, unknown>);
  return error instanceof Error ? error.message : String(error);
}
