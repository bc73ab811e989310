// The bad-row report of an import, each reason worded in both languages from the error catalogs.
import { knownCatalogs, messageFor, type AppError, type ImportRowError } from '@duda/contract-kit';

const worded = (error: AppError, locale: 'zh-CN' | 'en') =>
  messageFor(knownCatalogs(), error.code, error.params as never, locale) ?? error.code;

export const rowError = (row: number, column: string, error: AppError): ImportRowError => ({
  row,
  column,
  code: error.code,
  message: { 'zh-CN': worded(error, 'zh-CN'), en: worded(error, 'en') },
});

/** Whether the chosen mode writes, given the bad rows found: KEEP_VALID always, ALL_OR_NOTHING only when none. */
export const importWrites = (mode: string, errors: readonly unknown[]): boolean =>
  mode === 'KEEP_VALID' || (mode === 'ALL_OR_NOTHING' && errors.length === 0);
